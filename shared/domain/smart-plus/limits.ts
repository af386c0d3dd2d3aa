/**
 * Upgraded Smart+ list limits, written once for the client's validation and the
 * sandbox (which imitates TikTok), so the two cannot disagree. Sources:
 * [DOC 1843314887930946] (ad groups per campaign), [DOC 1843317390059522] (the
 * ad's lists); notes tiktok-api-2026.md §2.
 */
export const SMART_PLUS_LIMITS = {
  adgroupsPerCampaign: 30,
  adsPerAdGroup: 30,
  /** The docs say 1–50; the SDK fragment (smart_plus_ad_create.yml) says maxItems 31. The docs are followed, the SDK figure is noted. */
  creativesPerAd: { min: 1, max: 50 },
  adTexts: 5,
  callsToAction: 3,
  landingPageUrls: 1,
  /** `campaign_ids` / `adgroup_ids` / `smart_plus_ad_ids` of a status update ([SDK] smart_plus_*_status_update.yml). */
  statusIds: 20,
  /** A new ad group may start up to this many hours in the past ([DOC 1843314887930946]). */
  startPastHours: 12,
} as const
