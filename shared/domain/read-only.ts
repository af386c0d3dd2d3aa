/**
 * Which downloaded objects Adwright shows but cannot edit, and why — decided
 * here, from the entity alone, so the store, sync, validation and the editor
 * agree. Source: /work/shared/notes/tiktok-api-2026.md §2 ("How Smart+ shows up
 * elsewhere"): `/campaign/get/` and `/adgroup/get/` also return Smart+ objects,
 * marked by `campaign_automation_type`; `/ad/get/` returns each Smart+ creative
 * as a row carrying `smart_plus_ad_id`; the manual create/update endpoints refuse
 * them. When Smart+ becomes editable (through `/smart_plus/...`), this is the one
 * place that stops calling them read-only.
 */
import { fieldsOf, type Entity, type EntityKind } from './entity-kinds'

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
const KIND_WORDS: Record<EntityKind, string> = { campaign: 'campaign', adgroup: 'ad group', ad: 'ad' }

/** Why `e` cannot be edited in Adwright, or null when it can. */
export function readOnlyReason(kind: EntityKind, e: Entity | null | undefined): ReadOnlyReason | null {
  if (!e) return null
  const f = fieldsOf(e)
  const declared = typeof f.campaign_automation_type === 'string' ? f.campaign_automation_type : undefined
  // Any value other than MANUAL is treated as automated: a type TikTok adds later must not be posted to the manual endpoints.
  const automationType =
    declared && declared !== MANUAL_AUTOMATION_TYPE ? declared : kind === 'ad' && f.smart_plus_ad_id !== undefined ? 'UPGRADED_SMART_PLUS' : undefined
  if (!automationType) return null
  const label = LABELS[automationType] ?? `Automated (${automationType})`
  return {
    code: 'SMART_PLUS',
    automationType,
    message: `${label} ${KIND_WORDS[kind]}: edit it in TikTok Ads Manager; Adwright shows it read-only.`,
  }
}

export const isReadOnly = (kind: EntityKind, e: Entity | null | undefined): boolean => readOnlyReason(kind, e) !== null
