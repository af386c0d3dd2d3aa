/**
 * Which downloaded objects Adwright shows but cannot edit, and why — decided
 * here, from the entity alone, so the store, sync, validation and the editor
 * agree. Source: /work/shared/notes/tiktok-api-2026.md §2 ("How Smart+ shows up
 * elsewhere"): `/campaign/get/` and `/adgroup/get/` also return Smart+ objects,
 * marked by `campaign_automation_type`; `/ad/get/` returns each Smart+ creative
 * as a row carrying `smart_plus_ad_id`; the manual create/update endpoints refuse
 * them. Upgraded Smart+ objects are downloaded as Smart+ kinds through
 * `/smart_plus/…` and edited there; what remains read-only is an automated object
 * found on a manual kind (the older `SMART_PLUS` type, or a type TikTok adds later).
 */
import { ENTITY_KINDS, fieldsOf, isSmartPlusKind, type Entity, type EntityKind } from './entity-kinds'

export type ReadOnlyCode = 'SMART_PLUS'

export interface ReadOnlyReason {
  code: ReadOnlyCode
  /** TikTok's automation type as downloaded (`UPGRADED_SMART_PLUS`, `SMART_PLUS`…), for the message. */
  automationType: string
  message: string
}

/** `campaign_automation_type` of a manual campaign or ad group; absent means manual too (older answers). */
export const MANUAL_AUTOMATION_TYPE = 'MANUAL'

const LABELS: Record<string, string> = { UPGRADED_SMART_PLUS: 'Upgraded Smart+', SMART_PLUS: 'Smart+' }

/** Why `e` cannot be edited in Adwright, or null when it can. */
export function readOnlyReason(kind: EntityKind, e: Entity | null | undefined): ReadOnlyReason | null {
  // Upgraded Smart+ kinds are edited through `/smart_plus/…`; what stays read-only is an automated object on a manual kind.
  if (!e || isSmartPlusKind(kind)) return null
  const f = fieldsOf(e)
  const declared = typeof f.campaign_automation_type === 'string' ? f.campaign_automation_type : undefined
  // Any value other than MANUAL is treated as automated: a type TikTok adds later must not be posted to the manual endpoints.
  const automationType =
    declared && declared !== MANUAL_AUTOMATION_TYPE ? declared : kind === 'ad' && f.smart_plus_ad_id !== undefined ? 'UPGRADED_SMART_PLUS' : undefined
  if (!automationType) return null
  const label = LABELS[automationType] ?? `Automated (${automationType})`
  // An Upgraded Smart+ object on a manual kind comes from a download made before Adwright edited Smart+: the next
  // download brings it back as a Smart+ kind, which can be edited.
  const what =
    automationType === 'UPGRADED_SMART_PLUS'
      ? 'downloaded before Adwright could edit Smart+; choose “Get recent changes” to edit it here.'
      : 'edit it in TikTok Ads Manager; Adwright shows it read-only.'
  return { code: 'SMART_PLUS', automationType, message: `${label} ${ENTITY_KINDS[kind].label.one}: ${what}` }
}

export const isReadOnly = (kind: EntityKind, e: Entity | null | undefined): boolean => readOnlyReason(kind, e) !== null
