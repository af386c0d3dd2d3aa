import { useEffect, useRef, useState } from 'react'
import { newCampaignChoices, type NewCampaignChoice } from '#shared/domain/smart-plus/creation-path'
import { isSmartPlusObjective } from '#shared/domain/smart-plus/convert'
import { now } from '../app/clock'
import { createCampaign } from './editor-commands'
import { enumLabel } from './labels'
import { createSmartPlusCampaign } from './smart-plus-commands'

function start(choice: NewCampaignChoice) {
  if (choice.path === 'smart_plus' && isSmartPlusObjective(choice.objective)) return createSmartPlusCampaign(choice.objective)
  return createCampaign(choice.objective)
}

/**
 * "+ Campaign ▾": every objective, each on the path TikTok creates it on today (creation-path.ts), so the buyer picks
 * the objective first instead of changing it afterwards. A menu button: arrows move, Enter picks, Escape closes.
 */
export function NewCampaignMenu(props: { disabled: boolean }) {
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLDivElement>(null)
  const choices = open ? newCampaignChoices(now()) : []
  useEffect(() => {
    if (!open) return
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus()
    const outside = (e: MouseEvent) => {
      if (!menu.current?.contains(e.target as Node) && e.target !== button.current) setOpen(false)
    }
    document.addEventListener('mousedown', outside)
    return () => document.removeEventListener('mousedown', outside)
  }, [open])
  const close = () => {
    setOpen(false)
    button.current?.focus()
  }
  const onKey = (e: React.KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])]
    const at = items.indexOf(document.activeElement as HTMLButtonElement)
    const move = (to: number) => items[(to + items.length) % items.length]?.focus()
    if (e.key === 'ArrowDown') move(at + 1)
    else if (e.key === 'ArrowUp') move(at - 1)
    else if (e.key === 'Home') move(0)
    else if (e.key === 'End') move(items.length - 1)
    else if (e.key === 'Escape' || e.key === 'Tab') close()
    else return
    e.preventDefault()
  }
  return (
    <span className="menu-anchor">
      <button
        ref={button}
        type="button"
        className="menu-toggle"
        disabled={props.disabled}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label="New campaign by objective"
        title="Pick the objective of the new campaign"
        onClick={() => setOpen((o) => !o)}
      >
        ▾
      </button>
      {open && (
        <div ref={menu} className="menu" role="menu" aria-label="New campaign by objective" onKeyDown={onKey}>
          {choices.map((c) => (
            <button
              key={`${c.objective}-${c.path}`}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => {
                close()
                void start(c)
              }}
            >
              <span className="menu-label">
                {enumLabel(c.objective)}
                {c.path === 'smart_plus' && <span className="badge badge-smart-plus">Smart+</span>}
              </span>
              <span className="menu-note">{c.note}</span>
            </button>
          ))}
        </div>
      )}
    </span>
  )
}
