/**
 * TikTok Marketing API v1.3 enum values, spelled exactly as the API spells them,
 * so drafts can be posted without translation. Deprecated values are listed
 * separately: they may arrive in a download but new drafts cannot use them.
 */
export const OBJECTIVE_TYPES = [
  'REACH',
  'TRAFFIC',
  'VIDEO_VIEWS',
  'ENGAGEMENT',
  'APP_PROMOTION',
  'LEAD_GENERATION',
  'WEB_CONVERSIONS',
  'PRODUCT_SALES',
  'RF_REACH',
] as const
export type ObjectiveType = (typeof OBJECTIVE_TYPES)[number]
export const DEPRECATED_OBJECTIVE_TYPES = ['CONVERSIONS', 'APP_INSTALL', 'CATALOG_SALES', 'SHOP_PURCHASES'] as const

export const BUDGET_MODES = ['BUDGET_MODE_INFINITE', 'BUDGET_MODE_DAY', 'BUDGET_MODE_TOTAL', 'BUDGET_MODE_DYNAMIC_DAILY_BUDGET'] as const
export type BudgetMode = (typeof BUDGET_MODES)[number]

export const OPERATION_STATUSES = ['ENABLE', 'DISABLE'] as const
export type OperationStatus = (typeof OPERATION_STATUSES)[number]

export const CAMPAIGN_TYPES = ['REGULAR_CAMPAIGN', 'IOS14_CAMPAIGN'] as const
export type CampaignType = (typeof CAMPAIGN_TYPES)[number]

export const SPECIAL_INDUSTRIES = ['HOUSING', 'EMPLOYMENT', 'CREDIT'] as const
export type SpecialIndustry = (typeof SPECIAL_INDUSTRIES)[number]

export const PLACEMENT_TYPES = ['PLACEMENT_TYPE_AUTOMATIC', 'PLACEMENT_TYPE_NORMAL'] as const
export type PlacementType = (typeof PLACEMENT_TYPES)[number]

export const PLACEMENTS = ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE', 'PLACEMENT_GLOBAL_APP_BUNDLE'] as const
export type Placement = (typeof PLACEMENTS)[number]

export const AGE_GROUPS = ['AGE_13_17', 'AGE_18_24', 'AGE_25_34', 'AGE_35_44', 'AGE_45_54', 'AGE_55_100'] as const
export type AgeGroup = (typeof AGE_GROUPS)[number]

export const GENDERS = ['GENDER_UNLIMITED', 'GENDER_FEMALE', 'GENDER_MALE'] as const
export type Gender = (typeof GENDERS)[number]

export const OPERATING_SYSTEMS = ['ANDROID', 'IOS'] as const
export type OperatingSystem = (typeof OPERATING_SYSTEMS)[number]

export const NETWORK_TYPES = ['WIFI', '2G', '3G', '4G', '5G'] as const
export type NetworkType = (typeof NETWORK_TYPES)[number]

export const ACTION_SCENES = ['VIDEO_RELATED', 'CREATOR_RELATED', 'HASHTAG_RELATED'] as const
export type ActionScene = (typeof ACTION_SCENES)[number]

export const ACTION_PERIODS = [0, 7, 15] as const
export type ActionPeriod = (typeof ACTION_PERIODS)[number]

export const VIDEO_USER_ACTIONS = ['WATCHED_TO_END', 'LIKED', 'COMMENTED', 'SHARED', 'FOLLOWING', 'VIEW_HOMEPAGE', 'VIEW_HASHTAG'] as const
export type VideoUserAction = (typeof VIDEO_USER_ACTIONS)[number]

export const SCHEDULE_TYPES = ['SCHEDULE_FROM_NOW', 'SCHEDULE_START_END'] as const
export type ScheduleType = (typeof SCHEDULE_TYPES)[number]

export const OPTIMIZATION_GOALS = [
  'CLICK',
  'CONVERT',
  'REACH',
  'INSTALL',
  'VALUE',
  'TRAFFIC_LANDING_PAGE_VIEW',
  'ENGAGED_VIEW',
  'LEAD_GENERATION',
  'FOLLOWERS',
  // Singular, as TikTok spells it; ENGAGEMENT only ([SDK] smart_plus_adgroup_create.yml; notes tiktok-api-2026.md §3).
  'PAGE_VISIT',
  'SHOW',
] as const
export type OptimizationGoal = (typeof OPTIMIZATION_GOALS)[number]
/** The plural spelling Adwright once stored and wrote; TikTok never took it. Read as PAGE_VISIT (retired-values.ts). */
export const RETIRED_OPTIMIZATION_GOALS = { PAGE_VISITS: 'PAGE_VISIT' } as const satisfies Record<string, OptimizationGoal>

/**
 * What an ad group promotes (TikTok's ExternalType), the values the SDK marks
 * valid ([SDK] smart_plus_adgroup_create.yml, tool_targeting_info.yml).
 */
export const PROMOTION_TYPES = [
  'WEBSITE',
  'WEBSITE_OR_DISPLAY',
  'APP_ANDROID',
  'APP_IOS',
  'AEO_APK',
  'MINI_APP',
  'LEAD_GENERATION',
  'LEAD_GEN_CLICK_TO_CALL',
  'LEAD_GEN_CLICK_TO_TT_DIRECT_MESSAGE',
  'LEAD_GEN_CLICK_TO_SOCIAL_MEDIA_APP_MESSAGE',
  'TIKTOK_SHOP',
  'VIDEO_SHOPPING',
  'LIVE_SHOPPING',
  'PRODUCT_SHOPPING',
] as const
export type PromotionType = (typeof PROMOTION_TYPES)[number]

/**
 * APP_PROMOTION campaigns' kind (TikTok's AppCampaignType, valid values in
 * [SDK] app_optimization_event.yml; UNSET is TikTok's "none", i.e. absent here).
 */
export const APP_PROMOTION_TYPES = ['APP_INSTALL', 'APP_RETARGETING', 'APP_PREREGISTRATION'] as const
export type AppPromotionType = (typeof APP_PROMOTION_TYPES)[number]

/**
 * Where a LEAD_GENERATION ad group collects leads: TikTok's instant form or the
 * advertiser's site ([SDK] smart_plus_adgroup_create.yml PromotionTargetType; UNSET = absent).
 */
export const PROMOTION_TARGET_TYPES = ['INSTANT_PAGE', 'EXTERNAL_WEBSITE'] as const
export type PromotionTargetType = (typeof PROMOTION_TARGET_TYPES)[number]

export const BILLING_EVENTS = ['CPC', 'CPM', 'CPV', 'OCPM'] as const
export type BillingEvent = (typeof BILLING_EVENTS)[number]

export const BID_TYPES = ['BID_TYPE_NO_BID', 'BID_TYPE_CUSTOM'] as const
export type BidType = (typeof BID_TYPES)[number]

export const PACINGS = ['PACING_MODE_SMOOTH', 'PACING_MODE_FAST'] as const
export type Pacing = (typeof PACINGS)[number]

/** Web pixel optimization events (API names) and the pixel event each stands for. */
export const OPTIMIZATION_EVENTS = {
  SHOPPING: 'Purchase (CompletePayment)',
  ON_WEB_CART: 'AddToCart',
  ON_WEB_DETAIL: 'ViewContent',
  INITIATE_ORDER: 'InitiateCheckout',
  ADD_BILLING: 'AddPaymentInfo',
  FORM: 'Lead (SubmitForm)',
  ON_WEB_REGISTER: 'CompleteRegistration',
  DOWNLOAD_START: 'Download',
  CONSULT: 'Contact',
} as const
export type OptimizationEvent = keyof typeof OPTIMIZATION_EVENTS

export const AD_FORMATS = ['SINGLE_VIDEO', 'SINGLE_IMAGE', 'CAROUSEL_ADS'] as const
export type AdFormat = (typeof AD_FORMATS)[number]

export const IDENTITY_TYPES = ['CUSTOMIZED_USER', 'AUTH_CODE', 'TT_USER', 'BC_AUTH_TT'] as const
export type IdentityType = (typeof IDENTITY_TYPES)[number]

export const CALL_TO_ACTIONS = [
  'LEARN_MORE',
  'SHOP_NOW',
  'SIGN_UP',
  'DOWNLOAD_NOW',
  'CONTACT_US',
  'APPLY_NOW',
  'BOOK_NOW',
  'ORDER_NOW',
  'GET_QUOTE',
  'SUBSCRIBE',
  'WATCH_NOW',
] as const
export type CallToAction = (typeof CALL_TO_ACTIONS)[number]

/**
 * Upgraded Smart+ values, each from the `x-open-enum` entries marked `is_valid`
 * in TikTok's own fragments ([SDK] `yml_files/smart_plus_*.yml` @ f809c39; notes
 * tiktok-api-2026.md §2). Kept apart from the manual lists above where the Smart+
 * endpoints accept a different set.
 */
export const CAMPAIGN_AUTOMATION_TYPES = ['MANUAL', 'SMART_PLUS', 'UPGRADED_SMART_PLUS'] as const
export type CampaignAutomationType = (typeof CAMPAIGN_AUTOMATION_TYPES)[number]
/** How `/ad/get/` marks a row that is one creative of an Upgraded Smart+ ad (notes §2, "How Smart+ shows up elsewhere"). */
export const SMART_PLUS_CREATIVE_ROW_TYPE = 'UPGRADED_SMART_PLUS_CREATIVE'

/** smart_plus_campaign_create.yml `objective_type`. */
export const SMART_PLUS_OBJECTIVE_TYPES = ['APP_PROMOTION', 'LEAD_GENERATION', 'WEB_CONVERSIONS'] as const satisfies readonly ObjectiveType[]
export type SmartPlusObjectiveType = (typeof SMART_PLUS_OBJECTIVE_TYPES)[number]

/** smart_plus_campaign_create.yml `sales_destination`. */
export const SALES_DESTINATIONS = ['WEBSITE'] as const
export type SalesDestination = (typeof SALES_DESTINATIONS)[number]

/** smart_plus_campaign_create.yml `app_promotion_type` (only APP_INSTALL is valid there; manual campaigns take APP_PROMOTION_TYPES). */
export const SMART_PLUS_APP_PROMOTION_TYPES = ['APP_INSTALL'] as const satisfies readonly AppPromotionType[]
export type SmartPlusAppPromotionType = (typeof SMART_PLUS_APP_PROMOTION_TYPES)[number]

/** smart_plus_adgroup_create.yml `promotion_type`: the same ExternalType values manual ad groups take. */
export const SMART_PLUS_PROMOTION_TYPES = PROMOTION_TYPES
export type SmartPlusPromotionType = PromotionType

/* smart_plus_adgroup_create.yml `promotion_target_type`: PROMOTION_TARGET_TYPES above. */

/** smart_plus_adgroup_create.yml `targeting_optimization_mode`; AUTOMATIC is TikTok's default (notes §2). */
export const TARGETING_OPTIMIZATION_MODES = ['AUTOMATIC', 'MANUAL'] as const
export type TargetingOptimizationMode = (typeof TARGETING_OPTIMIZATION_MODES)[number]

/** `targeting_spec.spc_audience_age`: the age floor of AUTOMATIC targeting. */
export const SPC_AUDIENCE_AGES = ['OVER_EIGHTEEN', 'OVER_TWENTY_FIVE'] as const
export const SPENDING_POWERS = ['ALL', 'HIGH'] as const
export const HOUSEHOLD_INCOMES = ['TOP5', 'TOP10', 'TOP10_25', 'TOP25_50'] as const
export const APP_TARGETING_TYPES = ['PROSPECT', 'RETARGETING'] as const

/**
 * The goals the Smart+ ad group docs list (notes §2). The SDK's enum is wider
 * (live, shop and messaging goals) but those belong to objectives Smart+ does not take.
 */
export const SMART_PLUS_OPTIMIZATION_GOALS = [
  'CLICK',
  'CONVERT',
  'INSTALL',
  'IN_APP_EVENT',
  'VALUE',
  'TRAFFIC_LANDING_PAGE_VIEW',
  'CONVERSATION',
  'LEAD_GENERATION',
] as const
export type SmartPlusOptimizationGoal = (typeof SMART_PLUS_OPTIMIZATION_GOALS)[number]

/** App events a Smart+ APP_PROMOTION ad group can optimise for (a subset of the SDK's valid `optimization_event` keys). */
export const APP_OPTIMIZATION_EVENTS = ['ACTIVE', 'ACTIVE_PAY', 'ACTIVE_REGISTER', 'IN_APP_ORDER', 'SUBSCRIBE', 'LOGIN'] as const

/** smart_plus_adgroup_create.yml `bid_type`: the manual two plus maximum conversions. */
export const SMART_PLUS_BID_TYPES = ['BID_TYPE_NO_BID', 'BID_TYPE_CUSTOM', 'BID_TYPE_MAX_CONVERSION'] as const satisfies readonly string[]
export type SmartPlusBidType = (typeof SMART_PLUS_BID_TYPES)[number]

/** `click_attribution_window`, `view_attribution_window`, `engaged_view_attribution_window`. */
export const ATTRIBUTION_WINDOWS = ['OFF', 'ONE_DAY', 'SEVEN_DAYS', 'FOURTEEN_DAYS', 'TWENTY_EIGHT_DAYS'] as const
export const ATTRIBUTION_EVENT_COUNTS = ['EVERY', 'ONCE'] as const

/** smart_plus_ad_create.yml `creative_info.ad_format`. */
export const SMART_PLUS_AD_FORMATS = ['SINGLE_VIDEO', 'CAROUSEL_ADS', 'CATALOG_CAROUSEL'] as const
export type SmartPlusAdFormat = (typeof SMART_PLUS_AD_FORMATS)[number]

/** Identities that make an ad a Spark Ad (a real TikTok account), required on TikTok placements (notes §1–2). */
export const SPARK_IDENTITY_TYPES = ['TT_USER', 'BC_AUTH_TT', 'AUTH_CODE'] as const satisfies readonly IdentityType[]

/** smart_plus_ad_create.yml `call_to_action_list[].call_to_action`. */
export const SMART_PLUS_CALL_TO_ACTIONS = [
  'APPLY_NOW',
  'BOOK_NOW',
  'CALL_NOW',
  'CHECK_AVAILABILITY',
  'CONTACT_US',
  'DOWNLOAD_NOW',
  'EXPERIENCE_NOW',
  'GET_QUOTE',
  'GET_SHOWTIMES',
  'GET_TICKETS_NOW',
  'INSTALL_NOW',
  'INTERESTED',
  'JOIN_THIS_HASHTAG',
  'LEARN_MORE',
  'LISTEN_NOW',
  'ORDER_NOW',
  'PLAY_GAME',
  'PREORDER_NOW',
  'READ_MORE',
  'SEND_MESSAGE',
  'SHOOT_WITH_THIS_EFFECT',
  'SHOP_NOW',
  'SIGN_UP',
  'SUBSCRIBE',
  'VIEW_NOW',
  'VIEW_PROFILE',
  'VIEW_VIDEO_WITH_THIS_EFFECT',
  'VISIT_STORE',
  'WATCH_LIVE',
  'WATCH_NOW',
] as const satisfies readonly string[]
