/**
 * Conformance, part 1: the rules the sandbox applies to campaign, ad group and
 * ad creates and updates (entity-rules.ts, entity-routes.ts), one row each with
 * its source, an accepted body and a refused one, sent over plain HTTP.
 */
import { describe } from 'vitest'
import {
  adgroupBody,
  campaignBody,
  CONFORMANCE_ADVERTISER as ADV,
  conformanceRows,
  creativeBody,
  useConformanceSandbox,
} from '#test/helpers/sandbox-http'
import type { SandboxRule as Row } from '#test/helpers/sandbox-http'
import { apiTimeAfter } from '#test/helpers/clock'
import { demoIdentities, demoSparkPosts, DEMO_TT_USER_ID } from '#shared/domain/demo/index'

const env = useConformanceSandbox()

const CAMPAIGN = '/campaign/create/'
const ADGROUP = '/adgroup/create/'
const AD = '/ad/create/'
const ads = (adgroup: string, creatives: unknown[]) => ({ advertiser_id: ADV, adgroup_id: adgroup, creatives })
const NOTES_CAMPAIGN = 'notes tiktok-api.md §1 "Campaign create"'
const NOTES_ADGROUP = 'notes tiktok-api.md §1 "Ad group create"'
const NOTES_BUDGET = 'notes tiktok-api.md §1 "Minimum budgets" ([HELP budget])'
/** A creative promoting the demo account's newest post (shared/domain/demo/demo-spark-posts.ts) instead of a video. */
const ownAccount = demoIdentities(ADV).find((i) => i.identity_id === DEMO_TT_USER_ID)!
const sparkPull = { identity_id: DEMO_TT_USER_ID, video_id: undefined, tiktok_item_id: demoSparkPosts(ownAccount)[0]!.item_id }

const campaignRows: Row[] = [
  {
    rule: 'campaign_name is required',
    source: '[SDK] campaign_create_body.py',
    path: CAMPAIGN,
    accepted: () => campaignBody(),
    refused: () => campaignBody({ campaign_name: undefined }),
    code: 40002,
    field: 'campaign_name',
  },
  {
    rule: 'objective_type is one of the current objectives',
    source: NOTES_CAMPAIGN,
    path: CAMPAIGN,
    accepted: () => campaignBody({ objective_type: 'REACH' }),
    refused: () => campaignBody({ objective_type: 'WEBSITE_VISITS' }),
    code: 40002,
    field: 'objective_type',
  },
  {
    rule: 'campaign_name is at most 512 characters, CJK counting 2',
    source: NOTES_CAMPAIGN,
    path: CAMPAIGN,
    accepted: () => campaignBody({ campaign_name: '漢'.repeat(256) }),
    refused: () => campaignBody({ campaign_name: '漢'.repeat(257) }),
    code: 40002,
    field: 'campaign_name',
  },
  {
    rule: 'budget_mode is required unless RF_REACH',
    source: NOTES_CAMPAIGN,
    path: CAMPAIGN,
    accepted: () => campaignBody({ objective_type: 'RF_REACH', budget_mode: undefined, budget: undefined }),
    refused: () => campaignBody({ budget_mode: undefined }),
    code: 40002,
    field: 'budget_mode',
  },
  {
    rule: 'RF_REACH allows only BUDGET_MODE_INFINITE',
    source: NOTES_CAMPAIGN,
    path: CAMPAIGN,
    accepted: () => campaignBody({ objective_type: 'RF_REACH', budget_mode: 'BUDGET_MODE_INFINITE', budget: undefined }),
    refused: () => campaignBody({ objective_type: 'RF_REACH' }),
    code: 40002,
    field: 'budget_mode',
  },
  {
    rule: 'budget is required with a daily, total or dynamic budget mode',
    source: NOTES_CAMPAIGN,
    path: CAMPAIGN,
    accepted: () => campaignBody({ budget_mode: 'BUDGET_MODE_INFINITE', budget: undefined }),
    refused: () => campaignBody({ budget: undefined }),
    code: 40002,
    field: 'budget',
  },
  {
    rule: 'a campaign budget is above 50 USD',
    source: NOTES_BUDGET,
    path: CAMPAIGN,
    accepted: () => campaignBody({ budget: 51 }),
    refused: () => campaignBody({ budget: 50 }),
    code: 40002,
    field: 'budget',
  },
  {
    rule: 'campaign/update changes the name of an existing campaign only',
    source: '[SDK] campaign_update_body.py; notes tiktok-api.md §2 error codes (40007)',
    path: '/campaign/update/',
    accepted: (ids) => ({ advertiser_id: ADV, campaign_id: ids.campaign, campaign_name: 'Renamed' }),
    refused: () => ({ advertiser_id: ADV, campaign_id: '1999999999999999999', campaign_name: 'Renamed' }),
    code: 40007,
    field: 'campaign_id',
  },
]

const adgroupRows: Row[] = [
  {
    rule: 'the ad group names an existing campaign',
    source: '[SDK] adgroup_create_body.py; notes tiktok-api.md §2 error codes (40007)',
    path: ADGROUP,
    accepted: (ids) => adgroupBody(ids.campaign),
    refused: () => adgroupBody('1999999999999999999'),
    code: 40007,
    field: 'campaign_id',
  },
  {
    rule: 'optimization_goal is required',
    source: '[SDK] adgroup_create_body.py (required fields)',
    path: ADGROUP,
    accepted: (ids) => adgroupBody(ids.campaign),
    refused: (ids) => adgroupBody(ids.campaign, { optimization_goal: undefined }),
    code: 40002,
    field: 'optimization_goal',
  },
  {
    rule: 'budget is required without campaign budget optimisation',
    source: '[SDK] adgroup_create_body.py; [BUB] model/adgroup/create.go (CBO)',
    path: ADGROUP,
    accepted: (ids) => adgroupBody(ids.campaign),
    refused: (ids) => adgroupBody(ids.campaign, { budget: undefined }),
    code: 40002,
    field: 'budget',
  },
  {
    rule: 'schedule times are YYYY-MM-DD HH:MM:SS in UTC+0',
    source: NOTES_ADGROUP,
    path: ADGROUP,
    accepted: (ids) => adgroupBody(ids.campaign, { schedule_start_time: apiTimeAfter(2, 8) }),
    refused: (ids) => adgroupBody(ids.campaign, { schedule_start_time: `${apiTimeAfter(2).slice(0, 10)}T08:00:00Z` }),
    code: 40002,
    field: 'schedule_start_time',
  },
  {
    rule: 'SCHEDULE_START_END needs schedule_end_time',
    source: NOTES_ADGROUP,
    path: ADGROUP,
    accepted: (ids) => adgroupBody(ids.campaign, { schedule_type: 'SCHEDULE_START_END', schedule_end_time: apiTimeAfter(9) }),
    refused: (ids) => adgroupBody(ids.campaign, { schedule_type: 'SCHEDULE_START_END' }),
    code: 40002,
    field: 'schedule_end_time',
  },
  {
    rule: 'a lifetime (TOTAL) budget needs SCHEDULE_START_END',
    source: NOTES_ADGROUP,
    path: ADGROUP,
    accepted: (ids) =>
      adgroupBody(ids.campaign, {
        budget_mode: 'BUDGET_MODE_TOTAL',
        budget: 500,
        schedule_type: 'SCHEDULE_START_END',
        schedule_end_time: apiTimeAfter(9),
      }),
    refused: (ids) => adgroupBody(ids.campaign, { budget_mode: 'BUDGET_MODE_TOTAL', budget: 500 }),
    code: 40002,
    field: 'schedule_type',
  },
  {
    rule: 'an ad group daily budget is above 20 USD',
    source: NOTES_BUDGET,
    path: ADGROUP,
    accepted: (ids) => adgroupBody(ids.campaign, { budget: 21 }),
    refused: (ids) => adgroupBody(ids.campaign, { budget: 20 }),
    code: 40002,
    field: 'budget',
  },
  {
    rule: 'an ad group lifetime budget is at least 20 USD per scheduled day',
    source: NOTES_BUDGET,
    path: ADGROUP,
    accepted: (ids) =>
      adgroupBody(ids.campaign, {
        budget_mode: 'BUDGET_MODE_TOTAL',
        budget: 200,
        schedule_type: 'SCHEDULE_START_END',
        schedule_end_time: apiTimeAfter(11),
      }),
    refused: (ids) =>
      adgroupBody(ids.campaign, {
        budget_mode: 'BUDGET_MODE_TOTAL',
        budget: 199,
        schedule_type: 'SCHEDULE_START_END',
        schedule_end_time: apiTimeAfter(11),
      }),
    code: 40002,
    field: 'budget',
  },
  {
    rule: 'BID_TYPE_CUSTOM needs bid_price or conversion_bid_price',
    source: NOTES_ADGROUP,
    path: ADGROUP,
    accepted: (ids) => adgroupBody(ids.campaign, { bid_type: 'BID_TYPE_CUSTOM', bid_price: 1.5 }),
    refused: (ids) => adgroupBody(ids.campaign, { bid_type: 'BID_TYPE_CUSTOM' }),
    code: 40002,
    field: 'bid_price',
  },
  {
    rule: 'billing_event is one of CPC, CPM, CPV, OCPM',
    source: NOTES_ADGROUP,
    path: ADGROUP,
    accepted: (ids) => adgroupBody(ids.campaign, { billing_event: 'CPM', optimization_goal: 'REACH' }),
    refused: (ids) => adgroupBody(ids.campaign, { billing_event: 'CPA' }),
    code: 40002,
    field: 'billing_event',
  },
  {
    rule: 'placements are required with PLACEMENT_TYPE_NORMAL',
    source: NOTES_ADGROUP,
    path: ADGROUP,
    accepted: (ids) => adgroupBody(ids.campaign, { placement_type: 'PLACEMENT_TYPE_AUTOMATIC', placements: [] }),
    refused: (ids) => adgroupBody(ids.campaign, { placements: [] }),
    code: 40002,
    field: 'placements',
  },
  {
    rule: 'placements are TikTok, Pangle or Global App Bundle',
    source: NOTES_ADGROUP,
    path: ADGROUP,
    accepted: (ids) => adgroupBody(ids.campaign, { placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'] }),
    refused: (ids) => adgroupBody(ids.campaign, { placements: ['PLACEMENT_INSTAGRAM'] }),
    code: 40002,
    field: 'placements',
  },
  {
    rule: 'at least one location',
    source: NOTES_ADGROUP,
    path: ADGROUP,
    accepted: (ids) => adgroupBody(ids.campaign, { location_ids: ['1861060'] }),
    refused: (ids) => adgroupBody(ids.campaign, { location_ids: [] }),
    code: 40002,
    field: 'location_ids',
  },
  {
    rule: 'locations do not overlap (a country and one of its regions)',
    source: NOTES_ADGROUP,
    path: ADGROUP,
    accepted: (ids) => adgroupBody(ids.campaign, { location_ids: ['5332921', '5128638'] }),
    refused: (ids) => adgroupBody(ids.campaign, { location_ids: ['6252001', '5332921'] }),
    code: 40002,
    field: 'location_ids',
  },
  {
    rule: 'AGE_13_17 cannot target restricted countries',
    source: `${NOTES_ADGROUP} (age_groups, 40065)`,
    path: ADGROUP,
    accepted: (ids) => adgroupBody(ids.campaign, { location_ids: ['1861060'], age_groups: ['AGE_13_17'] }),
    refused: (ids) => adgroupBody(ids.campaign, { age_groups: ['AGE_13_17'] }),
    code: 40065,
    field: 'age_groups',
  },
]

const adRows: Row[] = [
  {
    rule: 'ad/create needs at least one creative',
    source: '[SDK] ad_create_body.py',
    path: AD,
    accepted: (ids) => ads(ids.adgroup, [creativeBody()]),
    refused: (ids) => ads(ids.adgroup, []),
    code: 40002,
    field: 'creatives',
  },
  {
    rule: 'at most 20 creatives per ad/create',
    source: 'notes tiktok-api.md §1 ([BUB] model/ad/create.go)',
    path: AD,
    accepted: (ids) =>
      ads(
        ids.adgroup,
        Array.from({ length: 20 }, (_, i) => creativeBody({ ad_name: `bulk ${i}` })),
      ),
    refused: (ids) =>
      ads(
        ids.adgroup,
        Array.from({ length: 21 }, (_, i) => creativeBody({ ad_name: `bulk ${i}` })),
      ),
    code: 40002,
    field: 'creatives',
  },
  {
    rule: 'a creative has ad_text',
    source: 'notes tiktok-api.md §1 ([SDK] adcreate_creatives.py)',
    path: AD,
    accepted: (ids) => ads(ids.adgroup, [creativeBody()]),
    refused: (ids) => ads(ids.adgroup, [creativeBody({ ad_text: '' })]),
    code: 40002,
    field: 'creatives[0].ad_text',
  },
  {
    rule: 'a SINGLE_VIDEO creative has a video_id',
    source: 'notes tiktok-api.md §1 ([SDK] adcreate_creatives.py)',
    path: AD,
    accepted: (ids) => ads(ids.adgroup, [creativeBody()]),
    refused: (ids) => ads(ids.adgroup, [creativeBody({ video_id: undefined })]),
    code: 40002,
    field: 'creatives[0].video_id',
  },
  {
    rule: 'a SINGLE_VIDEO Spark "pull" creative names its TikTok post in tiktok_item_id instead of video_id',
    source: '[SDK] adcreate_creatives.py tiktok_item_id; java_sdk/docs/AdAcoBodyMediaInfo.md',
    path: AD,
    accepted: (ids) => ads(ids.adgroup, [creativeBody(sparkPull)]),
    refused: (ids) => ads(ids.adgroup, [creativeBody({ ...sparkPull, tiktok_item_id: undefined })]),
    code: 40002,
    field: 'creatives[0].video_id',
  },
  {
    rule: 'tiktok_item_id posts as a Spark identity (a custom identity has no posts)',
    source: '[SDK] python_sdk/docs/IdentityApi.md identity_video_info',
    path: AD,
    accepted: (ids) => ads(ids.adgroup, [creativeBody(sparkPull)]),
    refused: (ids) => ads(ids.adgroup, [creativeBody({ ...sparkPull, identity_type: 'CUSTOMIZED_USER', display_name: 'Northwind' })]),
    code: 40002,
    field: 'creatives[0].identity_type',
  },
  {
    rule: 'tiktok_item_id is a post /identity/video/get/ lists for the identity (inferred)',
    source: '[SDK] java_sdk/docs/AdAcoBodyMediaInfo.md tiktok_item_id; [BUB] model/identity/video_get.go',
    path: AD,
    accepted: (ids) => ads(ids.adgroup, [creativeBody(sparkPull)]),
    refused: (ids) => ads(ids.adgroup, [creativeBody({ ...sparkPull, tiktok_item_id: '7305999000000000001' })]),
    code: 40002,
    field: 'creatives[0].tiktok_item_id',
  },
  {
    rule: 'identity_type is CUSTOMIZED_USER, AUTH_CODE, TT_USER or BC_AUTH_TT',
    source: 'notes tiktok-api-2026.md §4 "Identities and Spark Ads"',
    path: AD,
    accepted: (ids) => ads(ids.adgroup, [creativeBody({ identity_type: 'BC_AUTH_TT', identity_authorized_bc_id: '7301000000000000777' })]),
    refused: (ids) => ads(ids.adgroup, [creativeBody({ identity_type: 'PAGE' })]),
    code: 40002,
    field: 'creatives[0].identity_type',
  },
  {
    rule: 'each creative may be created paused (operation_status per creative)',
    source: 'notes tiktok-api-2026.md §3 ([SDK] adcreate_creatives.py)',
    path: AD,
    accepted: (ids) => ads(ids.adgroup, [creativeBody({ operation_status: 'DISABLE' })]),
    refused: () => ads('1999999999999999999', [creativeBody({ operation_status: 'DISABLE' })]),
    code: 40007,
    field: 'adgroup_id',
  },
  {
    rule: 'ad/update changes ads of the ad group it names',
    source: '[SDK] ad_update_body.py, adupdate_creatives.py',
    path: '/ad/update/',
    accepted: (ids) => ({ ...ads(ids.adgroup, [{ ad_id: ids.ad, ad_name: 'Patched' }]), patch_update: true }),
    refused: (ids) => ({ ...ads(ids.adgroup, [{ ad_id: ids.ad2, ad_name: 'Patched' }]), patch_update: true }),
    code: 40002,
    field: 'creatives[0].ad_id',
  },
  {
    rule: 'without patch_update a creative is a full replacement, so a partial one lacks required fields',
    source: 'notes tiktok-api-2026.md §3 ([SDK] ad_update_body.py)',
    path: '/ad/update/',
    accepted: (ids) => ads(ids.adgroup, [{ ...creativeBody(), ad_id: ids.ad }]),
    refused: (ids) => ads(ids.adgroup, [{ ad_id: ids.ad, ad_name: 'Partial' }]),
    code: 40002,
  },
]

describe('campaign rules', () => conformanceRows(campaignRows, env))
describe('ad group rules', () => conformanceRows(adgroupRows, env))
describe('ad rules', () => conformanceRows(adRows, env))
