import { useEffect, useRef } from 'react'
import type { Ad, AdGroup, Campaign } from '#shared/domain/entities'
import type { SmartPlusAd, SmartPlusAdGroup, SmartPlusCampaign } from '#shared/domain/smart-plus/index'
import { readOnlyReason } from '#shared/domain/read-only'
import { nameOf } from '#shared/domain/entity-kinds'
import { ReadOnlyFields } from './ReadOnlyFields'
import { parseRowKey } from './model/tree-rows'
import { entityOf } from './editor-commands'
import { useAccountStore } from './use-account-store'
import { useTreeStore } from './use-tree-store'
import { AdEditor } from './AdEditor'
import { AdGroupEditor } from './AdGroupEditor'
import { BulkEditPanel } from './BulkEditPanel'
import { CampaignEditor } from './CampaignEditor'
import { KIND_LABELS } from './labels'
import { ConvertToSmartPlusNotice } from './ConvertToSmartPlusNotice'
import { SmartPlusAdEditor } from './SmartPlusAdEditor'
import { SmartPlusAdGroupEditor } from './SmartPlusAdGroupEditor'
import { SmartPlusCampaignEditor } from './SmartPlusCampaignEditor'

const CHANGE_TEXT = { created: 'New — not yet posted', edited: 'Edited — not yet posted', deleted: 'Deleted' } as const

/** The editor of the active row, or bulk editing when several rows are selected. */
const isField = (t: EventTarget) => t instanceof HTMLElement && ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName)
const focusTree = () => document.querySelector<HTMLElement>('[role="tree"]')?.focus()

export function EditorPane() {
  const active = useTreeStore((s) => s.active)
  const selectedCount = useTreeStore((s) => s.selection.selected.size)
  const focus = useTreeStore((s) => s.focus)
  // Subscribing to the version re-renders the editor when its entity changes.
  useAccountStore((s) => s.version)
  const change = useAccountStore((s) => (active ? s.pending.get(active)?.change : undefined))
  const pane = useRef<HTMLDivElement>(null)

  // Problems panel, F2, Enter and new entities ask for a field: put the caret there.
  useEffect(() => {
    if (!focus || focus.key !== active) return
    const frame = requestAnimationFrame(() => {
      const root = pane.current
      const target =
        (focus.field && root?.querySelector<HTMLElement>(`#field-${CSS.escape(focus.field)}`)) ||
        root?.querySelector<HTMLElement>('input, select, textarea')
      if (!target) return
      target.scrollIntoView({ block: 'center' })
      const input = target.matches('fieldset') ? target.querySelector<HTMLElement>('input') : target
      ;(input ?? target).focus()
    })
    return () => cancelAnimationFrame(frame)
  }, [focus, active])

  if (selectedCount > 1) {
    return (
      <div className="editor-pane" ref={pane}>
        <BulkEditPanel />
      </div>
    )
  }
  const entity = active ? entityOf(active) : undefined
  if (!active || !entity) {
    return (
      <div className="editor-pane empty-editor" ref={pane}>
        <p className="muted">Select a campaign, ad group or ad (manual or Smart+) in the tree to edit it here.</p>
        <p className="hint">Shift+click selects a range, Ctrl/⌘+click adds to the selection, for editing in bulk.</p>
      </div>
    )
  }
  const { kind, id } = parseRowKey(active)
  const readOnly = readOnlyReason(kind, entity)
  const name = nameOf(kind, entity)
  return (
    <div
      className="editor-pane"
      ref={pane}
      aria-label={`${KIND_LABELS[kind]} editor`}
      role="region"
      onKeyDown={(e) => {
        // Esc in a field has put its saved value back (fields.tsx); focus returns to the row it belongs to.
        if (e.key === 'Escape' && isField(e.target)) focusTree()
      }}
    >
      <header className="editor-header">
        <span className={`kind kind-${kind}`}>{KIND_LABELS[kind]}</span>
        <h2 className="editor-title" title={name}>
          {name || <em className="muted">(no name)</em>}
        </h2>
        {change && <span className={`badge badge-${change}`}>{CHANGE_TEXT[change]}</span>}
        <span className="muted editor-id">id {id}</span>
      </header>
      {readOnly && (
        <p className="read-only-notice" role="note">
          {readOnly.message}
        </p>
      )}
      {/* Smart+ objects lack the manual fields the editors read: they are listed as TikTok sent them instead. */}
      {readOnly && <ReadOnlyFields entity={entity} />}
      {!readOnly && kind === 'campaign' && <ConvertToSmartPlusNotice key={`convert-${id}`} campaign={entity as Campaign} />}
      {!readOnly && kind === 'campaign' && <CampaignEditor key={id} campaign={entity as Campaign} />}
      {!readOnly && kind === 'adgroup' && <AdGroupEditor key={id} adgroup={entity as AdGroup} />}
      {!readOnly && kind === 'ad' && <AdEditor key={id} ad={entity as Ad} />}
      {kind === 'smart_plus_campaign' && <SmartPlusCampaignEditor key={id} campaign={entity as SmartPlusCampaign} />}
      {kind === 'smart_plus_adgroup' && <SmartPlusAdGroupEditor key={id} adgroup={entity as SmartPlusAdGroup} />}
      {kind === 'smart_plus_ad' && <SmartPlusAdEditor key={id} ad={entity as SmartPlusAd} />}
    </div>
  )
}
