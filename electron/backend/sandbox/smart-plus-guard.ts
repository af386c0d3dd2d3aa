/**
 * The manual endpoints refuse Smart+ objects (notes tiktok-api-2026.md §2 "How Smart+
 * shows up elsewhere"; DOC 1854112742370306, DOC 1854103649826817): campaigns and
 * ad groups whose `campaign_automation_type` is not MANUAL, and `/ad/get/` rows that
 * are Smart+ creatives (they carry `smart_plus_ad_id`). The gets still return them.
 *
 * The docs say create/update; the sandbox also refuses them on `status/update`, since
 * Smart+ has its own `/smart_plus/<kind>/status/update/` (notes §2) — an inference, stated here.
 * The code is 40002 (param error, with the reason in the message): TikTok documents
 * no dedicated code for this.
 */
import { paramError } from './handler-kit'
import type { Kind, StoredObject } from './sandbox-state'

/** A missing type is manual: objects made before the field existed, and everything the manual creates make. */
const MANUAL = 'MANUAL'

const SMART_PLUS_PATH: Record<Kind, string> = { campaign: '/smart_plus/campaign/', adgroup: '/smart_plus/adgroup/', ad: '/smart_plus/ad/' }

/** Throws when `o` (found through `field`) is a Smart+ object a manual endpoint must not touch. */
export function refuseSmartPlus(kind: Kind, o: StoredObject, field: string) {
  const type = o.campaign_automation_type
  const automated = typeof type === 'string' && type !== MANUAL
  if (!automated && !(kind === 'ad' && o.smart_plus_ad_id !== undefined && o.smart_plus_ad_id !== null)) return
  const what = automated ? `campaign_automation_type ${String(type)}` : `a creative of Smart+ ad ${String(o.smart_plus_ad_id)}`
  throw paramError(
    field,
    `${kind} ${String(o[`${kind}_id`])} is a Smart+ object (${what}); the manual endpoints cannot change it. Use ${SMART_PLUS_PATH[kind]}… instead.`,
  )
}
