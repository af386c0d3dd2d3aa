import type { Ad, AdGroup, Campaign } from '../entities'
import type { ObjectiveType } from '../enums'
import type { Problem } from '../problems'
import { isReadOnly } from '../read-only'
import { AD_TEXT_LIMIT } from '../limits'
import type { ValidationContext } from './context'
import { checkAdCreatives } from './creative-rules'
import { checkIdentity } from './identity-rules'
import { checkName } from './names'
import { reporter } from './report'

/**
 * Objectives that always send people to a website, so each ad needs a landing
 * page. Lead generation (instant forms) and product sales (shop, catalog) may not.
 */
const WEB_OBJECTIVES = new Set<ObjectiveType>(['TRAFFIC', 'WEB_CONVERSIONS'])
/**
 * A full https address with a host. A pattern rather than `new URL()`, which
 * costs more than all other ad rules together on a 50,000-entity account.
 */
const HTTPS_URL = /^https:\/\/[^\s/?#:@]+(?::\d{1,5})?(?:[/?#]\S*)?$/u

/**
 * Problems with one ad. `adgroup` and `campaign` are its parents as found in
 * the account (undefined when missing).
 */
export function validateAd(ad: Ad, adgroup: AdGroup | undefined, campaign: Campaign | undefined, ctx: ValidationContext): Problem[] {
  // Smart+ creatives have none of the manual fields these rules read, and are never posted.
  if (isReadOnly('ad', ad)) return []
  const out: Problem[] = []
  const report = reporter('ad', ad.ad_id, ad.ad_name, out)
  checkName(report, 'ad', 'ad_name', ad.ad_name)
  if (!adgroup)
    report.error('ad.adgroup.missing', 'adgroup_id', `its ad group (${ad.adgroup_id}) does not exist. Move the ad to an ad group or delete it.`)

  const text = ad.ad_text.trim()
  if (!text) report.error('ad.text.required', 'ad_text', 'write the ad text people will see.')
  else {
    // A warning: some placements allow more. Code points, so an emoji counts once; only counted when the UTF-16 length could exceed the limit.
    const length = text.length > AD_TEXT_LIMIT ? [...text].length : text.length
    if (length > AD_TEXT_LIMIT)
      report.warning(
        'ad.text.length',
        'ad_text',
        `the ad text has ${length} characters; TikTok usually allows ${AD_TEXT_LIMIT}. Shorten it so it is not rejected or cut off.`,
      )
  }

  // A Spark "pull" ad promotes a TikTok post instead of an uploaded video (identity-rules.ts, spark-posts.ts).
  if (ad.ad_format === 'SINGLE_VIDEO' && !ad.video_id && !ad.tiktok_item_id)
    report.error(
      'ad.video.required',
      'video_id',
      'a video ad needs a video. Choose one from the library, or (with a TikTok account identity) one of its TikTok posts.',
    )
  if (ad.ad_format !== 'SINGLE_VIDEO' && ad.image_ids.length === 0)
    report.error('ad.images.required', 'image_ids', 'an image ad needs at least one image. Choose one from the library.')

  checkAdCreatives(report, ad, adgroup, ctx.creatives)
  checkIdentity(report, ad, adgroup, ctx)

  const url = ad.landing_page_url
  const web = campaign !== undefined && WEB_OBJECTIVES.has(campaign.objective_type)
  if (!url) {
    if (web)
      report.error('ad.landing-page.required', 'landing_page_url', 'this objective sends people to a website: enter the landing page (https://…).')
  } else if (!HTTPS_URL.test(url)) {
    report.error('ad.landing-page.https', 'landing_page_url', `the landing page “${url}” must be a full https:// address.`)
  }
  return out
}
