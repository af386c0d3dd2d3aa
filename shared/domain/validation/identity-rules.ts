/**
 * Which identity an ad may post under. Since January 2026 TikTok refuses new
 * Custom Identity ads (`CUSTOMIZED_USER`) in ad groups shown on TikTok
 * (automatic placement, or selected placements with TikTok); Pangle-only and
 * Global-App-Bundle-only ad groups are exempt, existing ads stay editable, and
 * `/advertiser/info/` says whether an advertiser is still allowed
 * (`can_use_custom_identity`). Source: [HELP-CI] about-changes-coming-to-custom-identity;
 * [DOC 1739470744631298]; notes tiktok-api-2026.md §1. A BC_AUTH_TT identity is
 * used through the Business Center that shares it, so the ad names that centre
 * ([SDK] adcreate_creatives.py `identity_authorized_bc_id`; notes §4). A post named in `tiktok_item_id`
 * (a Spark "pull" ad) needs a Spark identity.
 */
import { isLocalId, type Ad, type AdGroup } from '../entities'
import { isSparkIdentity, placesOnTikTok } from '../identities'
import type { ValidationContext } from './context'
import type { Reporter } from './report'

const PICK_SPARK = 'Pick a Spark identity (a TikTok account: TikTok account, Business Center TikTok account or authorized post) in the ad editor'

export function checkIdentity(report: Reporter, ad: Ad, adgroup: AdGroup | undefined, ctx: ValidationContext): void {
  if (isSparkIdentity(ad.identity_type) && !ad.identity_id)
    report.error('ad.identity.id-required', 'identity_id', 'a Spark Ad needs the TikTok identity it posts as. Pick one in the ad editor.')
  if (ad.identity_type === 'BC_AUTH_TT' && !ad.identity_authorized_bc_id)
    report.error(
      'ad.identity.bc-required',
      'identity_authorized_bc_id',
      'a Business Center TikTok account needs the id of the Business Center that shares it. Pick the identity again from the cached list, or enter the Business Center id.',
    )
  // A Spark "pull" ad promotes a post of the TikTok account it posts as; a Custom Identity has no posts
  // ([SDK] python_sdk/docs/IdentityApi.md identity_video_info: AUTH_CODE, TT_USER or BC_AUTH_TT only; spark-posts.ts).
  if (ad.tiktok_item_id && !isSparkIdentity(ad.identity_type))
    report.error(
      'ad.spark-post.identity',
      'tiktok_item_id',
      'a TikTok post can only be promoted by the TikTok account that owns it. Pick a Spark identity in “Post as”, or use a video from the library instead.',
    )
  // Only new ads: TikTok keeps existing Custom Identity ads editable.
  if (ad.identity_type !== 'CUSTOMIZED_USER' || !isLocalId(ad.ad_id) || !adgroup || !placesOnTikTok(adgroup)) return
  if (ctx.canUseCustomIdentity === true) return
  if (ctx.canUseCustomIdentity === false)
    report.error(
      'ad.identity.custom-on-tiktok',
      'identity_type',
      `TikTok no longer accepts new Custom Identity ads on TikTok placements for this advertiser. ${PICK_SPARK}, or show the ad group on Pangle or Global App Bundle only.`,
    )
  else
    report.warning(
      'ad.identity.custom-on-tiktok-unknown',
      'identity_type',
      `TikTok refuses new Custom Identity ads on TikTok placements unless the advertiser is still allowed, and this account has not been pulled to find out. ${PICK_SPARK}, or pull the account.`,
    )
}
