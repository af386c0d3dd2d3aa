/**
 * Pieces the Smart+ editors share: a wrapper that disables a field TikTok locks once the object is posted
 * (smart-plus/locked-fields.ts), and one that greys a targeting field TikTok would ignore in the chosen mode
 * (smart-plus/targeting-modes.ts). A disabled <fieldset> disables every control inside it natively, so the shared
 * fields need no extra prop; the reason is the field's hint, which its control is described by.
 */
import type { ReactNode } from 'react'
import { isLocalId } from '#shared/domain/entities'
import { isUpdatable, type SmartPlusLevel } from '#shared/domain/smart-plus/locked-fields'
import './smart-plus.css'

/** Why `field` cannot change any more, or undefined while it can (drafts, and fields TikTok's update takes). */
export function lockReason(level: SmartPlusLevel, id: string, field: string): string | undefined {
  if (isLocalId(id) || isUpdatable(level, field)) return undefined
  return `Fixed on TikTok: it cannot change after the ${level === 'adgroup' ? 'ad group' : level} is created.`
}

export function Locked({ reason, children }: { reason: string | undefined; children: ReactNode }) {
  if (!reason) return <>{children}</>
  return (
    <fieldset className="sp-locked" disabled>
      {children}
    </fieldset>
  )
}

/** A targeting field TikTok does not read in this mode: shown greyed (still editable, so it can be cleared). */
export function Ignorable({ reason, wide, children }: { reason: string | undefined; wide?: boolean; children: ReactNode }) {
  return <div className={`${wide ? 'span-2 ' : ''}${reason ? 'sp-ignored' : ''}`.trim() || undefined}>{children}</div>
}

/** A count against TikTok's limit, "3 of 50", marked once the list is full; screen readers hear what is counted. */
export function LimitCount({ n, max, what }: { n: number; max: number; what: string }) {
  return (
    <span className={`sp-count${n >= max ? ' full' : ''}`} data-testid={`count-${what}`}>
      {n} of {max}
      <span className="visually-hidden"> {what} at most</span>
    </span>
  )
}
