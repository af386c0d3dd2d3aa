/**
 * The identity rules of `/ad/create/`, from TikTok's docs, independent of the
 * client's own validation:
 * - Since January 2026 a new ad with `identity_type: CUSTOMIZED_USER` is refused
 *   in an ad group whose placements include TikTok (automatic placement, or
 *   selected placements with PLACEMENT_TIKTOK). Pangle-only and
 *   Global-App-Bundle-only ad groups are exempt, and so is an advertiser whose
 *   `/advertiser/info/` says `can_use_custom_identity: true`. Existing ads stay
 *   editable, so `/ad/update/` does not check it. [HELP-CI]
 *   about-changes-coming-to-custom-identity; [DOC 1739470744631298]; notes
 *   tiktok-api-2026.md §1.
 * - A BC_AUTH_TT identity is used through the Business Center sharing it, named
 *   in `identity_authorized_bc_id`. [SDK] adcreate_creatives.py; notes §4.
 * - A creative naming a TikTok post in `tiktok_item_id` (a Spark "pull" ad) posts
 *   as the TikTok account that owns it: a Spark identity (only AUTH_CODE, TT_USER
 *   and BC_AUTH_TT have posts, [SDK] python_sdk/docs/IdentityApi.md
 *   identity_video_info), and the post is one `/identity/video/get/` lists for
 *   that identity ([SDK] java_sdk/docs/AdAcoBodyMediaInfo.md `tiktok_item_id`;
 *   that an unlisted post is refused is an inference: the docs only say where the id comes from).
 * The error code TikTok answers with is not in the notes; 40002 (invalid
 * parameter) names the field like the other creative checks.
 */
import { demoIdentities, demoSparkPosts } from '#shared/domain/demo/index'
import { SPARK_IDENTITY_TYPES } from '#shared/domain/enums'
import { isBlank, missing, paramError } from './handler-kit'
import type { StoredObject } from './sandbox-state'

/** Automatic placement shows ads on TikTok; so do selected placements that list it. */
function onTikTok(adgroup: StoredObject): boolean {
  if (adgroup.placement_type === 'PLACEMENT_TYPE_AUTOMATIC') return true
  return Array.isArray(adgroup.placements) && adgroup.placements.includes('PLACEMENT_TIKTOK')
}

/** Checks one creative of a new ad against its ad group; `customIdentityAllowed` is the advertiser the sandbox plays. */
export function checkCreativeIdentity(c: unknown, index: number, adgroup: StoredObject, customIdentityAllowed: boolean): void {
  const p = c as Record<string, unknown>
  const at = (f: string) => `creatives[${index}].${f}`
  if (p.identity_type === 'BC_AUTH_TT' && isBlank(p.identity_authorized_bc_id))
    throw paramError(at('identity_authorized_bc_id'), 'Required when identity_type is BC_AUTH_TT.')
  if (p.identity_type !== 'CUSTOMIZED_USER' || customIdentityAllowed || !onTikTok(adgroup)) return
  throw paramError(
    at('identity_type'),
    'Custom identities can no longer be used for new ads on TikTok placements. Use a TikTok account identity (TT_USER, BC_AUTH_TT or AUTH_CODE).',
  )
}

/** Checks a creative's `tiktok_item_id` (create and update): a post of its Spark identity, under this advertiser. */
export function checkCreativeSparkPost(c: unknown, index: number, advertiserId: string): void {
  const p = c as Record<string, unknown>
  if (isBlank(p.tiktok_item_id)) return
  const at = (f: string) => `creatives[${index}].${f}`
  if (!(SPARK_IDENTITY_TYPES as readonly unknown[]).includes(p.identity_type))
    throw paramError(at('identity_type'), 'A TikTok post (tiktok_item_id) is promoted as its TikTok account: use TT_USER, BC_AUTH_TT or AUTH_CODE.')
  if (isBlank(p.identity_id)) throw missing(at('identity_id'))
  const identity = demoIdentities(advertiserId).find((i) => i.identity_type === p.identity_type && i.identity_id === String(p.identity_id))
  const item = String(p.tiktok_item_id)
  if (!identity || !demoSparkPosts(identity).some((post) => post.item_id === item))
    throw paramError(at('tiktok_item_id'), `${item} is not a post of identity ${String(p.identity_id)}.`)
}
