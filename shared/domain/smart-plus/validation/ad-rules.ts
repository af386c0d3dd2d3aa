import type { Problem } from '../../problems'
import { checkName } from '../../validation/names'
import { reporter, type Reporter } from '../../validation/report'
import { SPARK_IDENTITY_TYPES } from '../../enums'
import { placesOnTikTok } from '../../identities'
import type { SmartPlusAd } from '../ad-schema'
import type { SmartPlusAdGroup } from '../adgroup-schema'
import type { SmartPlusCampaign } from '../campaign-schema'
import { SMART_PLUS_LIMITS } from '../limits'
import { checkMediaSlots } from '../../validation/creative-rules'
import { smartPlusMediaSlots } from '#shared/creatives/entity-media'
import { checkLocked } from './campaign-rules'
import { PROBLEM_KIND, type SmartPlusValidationContext } from './context'

const HTTPS_URL = /^https:\/\/[^\s/?#:@]+(?::\d{1,5})?(?:[/?#]\S*)?$/u
const SPARK: readonly string[] = SPARK_IDENTITY_TYPES

/** Whether the ad group delivers on TikTok (one rule for manual and Smart+ ad groups: identities.ts). */
export const onTikTok = (ag: Pick<SmartPlusAdGroup, 'placement_type' | 'placements'>): boolean => placesOnTikTok(ag)

/** List lengths of the create body ([DOC 1843317390059522]; notes §2). */
function checkLists(report: Reporter, ad: SmartPlusAd): void {
  const { min, max } = SMART_PLUS_LIMITS.creativesPerAd
  const n = ad.creative_list.length
  if (n < min) report.error('smart-plus.ad.creatives.required', 'creative_list', 'add at least one creative (a video or a carousel).')
  else if (n > max)
    report.error(
      'smart-plus.ad.creatives.max',
      'creative_list',
      `a Smart+ ad takes at most ${max} creatives (it has ${n}). Move some into another ad.`,
    )
  if (ad.ad_text_list.length > SMART_PLUS_LIMITS.adTexts)
    report.error(
      'smart-plus.ad.texts.max',
      'ad_text_list',
      `a Smart+ ad takes at most ${SMART_PLUS_LIMITS.adTexts} texts (it has ${ad.ad_text_list.length}). Remove some.`,
    )
  if (ad.call_to_action_list.length > SMART_PLUS_LIMITS.callsToAction)
    report.error(
      'smart-plus.ad.ctas.max',
      'call_to_action_list',
      `a Smart+ ad takes at most ${SMART_PLUS_LIMITS.callsToAction} calls to action (it has ${ad.call_to_action_list.length}). Remove some, or use a dynamic call to action.`,
    )
  if (ad.call_to_action_list.length > 0 && ad.ad_configuration?.call_to_action_id)
    report.warning(
      'smart-plus.ad.ctas.both',
      'call_to_action_list',
      'the ad has both a list of calls to action and a dynamic call to action; TikTok takes one or the other. Keep one.',
    )
  // `call_to_action_id` is an int64 ([SDK] smart_plus_ad_create.yml ad_configuration.call_to_action_id).
  const dynamic = ad.ad_configuration?.call_to_action_id
  if (dynamic !== undefined && !/^\d{1,19}$/.test(dynamic))
    report.error(
      'smart-plus.ad.cta.dynamic-id',
      'ad_configuration',
      dynamic === ''
        ? 'a dynamic call to action needs the id of its call-to-action portfolio. Enter it, or choose calls to action instead.'
        : `“${dynamic}” is not a call-to-action portfolio id (TikTok's ids are digits).`,
    )
  if (ad.landing_page_url_list.length > SMART_PLUS_LIMITS.landingPageUrls)
    report.error('smart-plus.ad.landing-page.max', 'landing_page_url_list', 'a Smart+ ad takes one landing page. Keep one.')
}

function checkCreatives(report: Reporter, ad: SmartPlusAd, tiktok: boolean): void {
  ad.creative_list.forEach(({ creative_info: c }, i) => {
    const at = `creative_list[${i}].creative_info`
    if (c.ad_format === 'SINGLE_VIDEO' && !c.video_info?.video_id && !c.tiktok_item_id)
      report.error('smart-plus.ad.creative.video', `${at}.video_info`, `creative ${i + 1} is a video creative without a video. Choose one.`)
    if (c.ad_format === 'CAROUSEL_ADS' && !c.image_info?.length)
      report.error('smart-plus.ad.creative.images', `${at}.image_info`, `creative ${i + 1} is a carousel without images. Add at least one.`)
    // Spark identity on TikTok placements (notes §1 Custom Identity phase-out, §2 ad create, High).
    if (!tiktok) return
    if (!c.identity_type || !SPARK.includes(c.identity_type) || !c.identity_id)
      report.error(
        'smart-plus.ad.creative.spark-identity',
        `${at}.identity_type`,
        `creative ${i + 1} runs on TikTok, where Smart+ ads must be Spark Ads: choose a TikTok account identity (it has ${c.identity_type ?? 'none'}).`,
      )
    else if (c.identity_type === 'BC_AUTH_TT' && !c.identity_authorized_bc_id)
      report.error(
        'smart-plus.ad.creative.identity-bc',
        `${at}.identity_authorized_bc_id`,
        `creative ${i + 1} uses a Business Center identity: choose the Business Center that authorised it.`,
      )
  })
}

export function validateSmartPlusAd(
  ad: SmartPlusAd,
  adgroup: SmartPlusAdGroup | undefined,
  campaign: SmartPlusCampaign | undefined,
  ctx: SmartPlusValidationContext,
): Problem[] {
  const out: Problem[] = []
  const report = reporter(PROBLEM_KIND.ad, ad.smart_plus_ad_id, ad.ad_name, out)
  // An empty name lets TikTok name the ad ([DOC 1843317390059522]); a given one follows the usual rules.
  if (ad.ad_name !== '') checkName(report, 'smart-plus.ad', 'ad_name', ad.ad_name)
  if (!adgroup)
    report.error('smart-plus.ad.adgroup.missing', 'adgroup_id', `its Smart+ ad group (${ad.adgroup_id}) does not exist. Move the ad or delete it.`)
  checkLists(report, ad)
  checkCreatives(report, ad, adgroup ? onTikTok(adgroup) : true)
  // Library creatives: the same spec, source-file and verdict checks as a manual ad's media (creative-rules.ts).
  checkMediaSlots(report, 'smart-plus.ad', smartPlusMediaSlots(ad), adgroup, ctx.creatives)
  const url = ad.landing_page_url_list[0]?.landing_page_url
  if (url !== undefined && !HTTPS_URL.test(url))
    report.error('smart-plus.ad.landing-page.https', 'landing_page_url_list', `the landing page “${url}” must be a full https:// address.`)
  else if (url === undefined && campaign?.objective_type === 'WEB_CONVERSIONS' && adgroup?.promotion_type === 'WEBSITE')
    // As for manual web ads (shared/domain/validation/ad-rules.ts): a website promotion sends people to a page.
    report.error(
      'smart-plus.ad.landing-page.required',
      'landing_page_url_list',
      'this campaign sends people to a website: enter the landing page (https://…).',
    )
  checkLocked(report, 'ad', ctx.posted?.ad(ad.smart_plus_ad_id), ad)
  return out
}
