/**
 * Campaign → ad group → ad, with TikTok v1.3 field names, as Adwright drafts and
 * stores them. IDs are strings everywhere (v1.3 ids exceed 2^53). An entity not
 * yet posted has a local id (`local-…`) that sync replaces with TikTok's id.
 */
import type {
  ActionPeriod,
  ActionScene,
  AdFormat,
  AgeGroup,
  BidType,
  BillingEvent,
  BudgetMode,
  CallToAction,
  CampaignType,
  Gender,
  IdentityType,
  NetworkType,
  ObjectiveType,
  OperatingSystem,
  OperationStatus,
  OptimizationEvent,
  OptimizationGoal,
  Pacing,
  Placement,
  PlacementType,
  ScheduleType,
  SpecialIndustry,
  VideoUserAction,
} from './enums'

export type EntityKind = 'campaign' | 'adgroup' | 'ad'

export const LOCAL_ID_PREFIX = 'local-'
export const isLocalId = (id: string) => id.startsWith(LOCAL_ID_PREFIX)

export interface Campaign {
  advertiser_id: string
  campaign_id: string
  campaign_name: string
  objective_type: ObjectiveType
  budget_mode: BudgetMode
  /** In the advertiser's currency; absent with BUDGET_MODE_INFINITE. */
  budget?: number
  operation_status: OperationStatus
  campaign_type?: CampaignType
  special_industries?: SpecialIndustry[]
  /** Campaign budget optimisation: ad groups share the campaign budget. */
  budget_optimize_on?: boolean
}

export interface ActionTargeting {
  action_scene: ActionScene
  action_period: ActionPeriod
  video_user_actions: VideoUserAction[]
  action_category_ids: string[]
}

/** The targeting part of an ad group — what the reach estimator reads. */
export interface Targeting {
  placement_type: PlacementType
  /** Required with PLACEMENT_TYPE_NORMAL; ignored with AUTOMATIC. */
  placements: Placement[]
  /** GeoNames ids, e.g. '6252001' = United States. */
  location_ids: string[]
  age_groups: AgeGroup[]
  gender: Gender
  /** Language codes from /tool/language/; empty = any language. */
  languages: string[]
  interest_category_ids: string[]
  interest_keyword_ids: string[]
  actions: ActionTargeting[]
  /** At most one value; empty = all. */
  operating_systems: OperatingSystem[]
  network_types: NetworkType[]
  /** Pairs of [min, max] prices in USD, multiples of 50; empty = any device. */
  device_price_ranges: number[]
}

export interface AdGroup extends Targeting {
  advertiser_id: string
  campaign_id: string
  adgroup_id: string
  adgroup_name: string
  operation_status: OperationStatus
  budget_mode: BudgetMode
  budget?: number
  schedule_type: ScheduleType
  /** `YYYY-MM-DD HH:MM:SS`, UTC+0, as the API takes it. */
  schedule_start_time: string
  schedule_end_time?: string
  /** 336 characters of 0/1: 48 half-hours × 7 days from Monday; absent = all day, every day. */
  dayparting?: string
  optimization_goal: OptimizationGoal
  billing_event: BillingEvent
  bid_type: BidType
  bid_price?: number
  conversion_bid_price?: number
  pacing: Pacing
  pixel_id?: string
  optimization_event?: OptimizationEvent
}

export interface Ad {
  advertiser_id: string
  adgroup_id: string
  ad_id: string
  ad_name: string
  operation_status: OperationStatus
  ad_format: AdFormat
  ad_text: string
  call_to_action: CallToAction
  landing_page_url?: string
  display_name?: string
  identity_type: IdentityType
  identity_id?: string
  video_id?: string
  image_ids: string[]
  tracking_pixel_id?: string
}

export type EntityOf<K extends EntityKind> = K extends 'campaign' ? Campaign : K extends 'adgroup' ? AdGroup : Ad

export const ID_FIELD = { campaign: 'campaign_id', adgroup: 'adgroup_id', ad: 'ad_id' } as const
export const NAME_FIELD = { campaign: 'campaign_name', adgroup: 'adgroup_name', ad: 'ad_name' } as const
export const PARENT_FIELD = { campaign: null, adgroup: 'campaign_id', ad: 'adgroup_id' } as const

/**
 * Fields an entity may leave unset. An edit clears one by sending `null` for it
 * (JSON has no `undefined`); required fields cannot be cleared. Kept in step
 * with the zod schemas by a test.
 */
export const OPTIONAL_FIELDS = {
  campaign: ['budget', 'campaign_type', 'special_industries', 'budget_optimize_on'],
  adgroup: ['budget', 'schedule_end_time', 'dayparting', 'bid_price', 'conversion_bid_price', 'pixel_id', 'optimization_event'],
  ad: ['landing_page_url', 'display_name', 'identity_id', 'video_id', 'tracking_pixel_id'],
} as const satisfies { [K in EntityKind]: ReadonlyArray<keyof EntityOf<K>> }

export const isOptionalField = (kind: EntityKind, field: string): boolean =>
  (OPTIONAL_FIELDS[kind] as readonly string[]).includes(field)

type OptionalKeys<T> = { [P in keyof T]-?: undefined extends T[P] ? P : never }[keyof T]
/** A patch: any subset of the fields, with `null` clearing an optional one. */
export type PatchFields<T> = { [P in keyof T]?: T[P] | (P extends OptionalKeys<T> ? null : never) }

/**
 * Targeting that narrows nothing: any gender, language, interest, behaviour,
 * operating system, network and device price. New arrays on every call, so two
 * drafts never share a list.
 */
export function openTargeting(): Pick<
  Targeting,
  | 'gender'
  | 'languages'
  | 'interest_category_ids'
  | 'interest_keyword_ids'
  | 'actions'
  | 'operating_systems'
  | 'network_types'
  | 'device_price_ranges'
> {
  return {
    gender: 'GENDER_UNLIMITED',
    languages: [],
    interest_category_ids: [],
    interest_keyword_ids: [],
    actions: [],
    operating_systems: [],
    network_types: [],
    device_price_ranges: [],
  }
}
