/**
 * The manual endpoints refuse Smart+ objects (notes tiktok-api-2026.md §2 "How Smart+
 * shows up elsewhere"; DOC 1854112742370306, DOC 1854103649826817): campaigns and
 * ad groups whose `campaign_automation_type` is not MANUAL, and the Smart+ creatives
 * that `/ad/get/` lists as rows (they carry `smart_plus_ad_id`; their `ad_id` is the
 * creative's `ad_material_id`, smart-plus-ad-rows.ts). The gets still return them.
 *
 * The docs say create/update; the sandbox also refuses them on `status/update`, since
 * Smart+ has its own `/smart_plus/<kind>/status/update/` (notes §2) — an inference, stated here.
 * The code is 40002 (param error, with the reason in the message): TikTok documents
 * no dedicated code for this.
 */
import { paramError } from './handler-kit'
import type { Kind, SandboxState, StoredObject } from './sandbox-state'
import { smartPlusAds } from './smart-plus-store'

/** A missing type is manual: objects made before the field existed, and everything the manual creates make. */
const MANUAL = 'MANUAL'

const SMART_PLUS_PATH: Record<Kind, string> = { campaign: '/smart_plus/campaign/', adgroup: '/smart_plus/adgroup/', ad: '/smart_plus/ad/' }

const refusal = (kind: Kind, field: string, id: string, what: string) =>
  paramError(field, `${kind} ${id} is a Smart+ object (${what}); the manual endpoints cannot change it. Use ${SMART_PLUS_PATH[kind]}… instead.`)

/** Throws when `o` (found through `field`) is a Smart+ object a manual endpoint must not touch. */
export function refuseSmartPlus(kind: Kind, o: StoredObject, field: string) {
  const type = o.campaign_automation_type
  const id = String(o[`${kind}_id`])
  if (typeof type === 'string' && type !== MANUAL) throw refusal(kind, field, id, `campaign_automation_type ${type}`)
  if (kind === 'ad' && o.smart_plus_ad_id !== undefined && o.smart_plus_ad_id !== null)
    throw refusal(kind, field, id, `a creative of Smart+ ad ${String(o.smart_plus_ad_id)}`)
}

/** For an ad id no manual ad has: throws when it is the id of a Smart+ creative row, which the manual endpoints refuse rather than not know. */
export function refuseSmartPlusCreative(state: SandboxState, advertiserId: string, id: string, field: string) {
  const owner = smartPlusAds(state, advertiserId).find((a) =>
    ((a.creative_list as Array<Record<string, unknown>> | undefined) ?? []).some((c) => String(c.ad_material_id) === id),
  )
  if (owner) throw refusal('ad', field, id, `a creative of Smart+ ad ${String(owner.smart_plus_ad_id)}`)
}
