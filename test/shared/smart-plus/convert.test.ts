/** Convert to Smart+ (shared/domain/smart-plus/convert.ts): what maps, what is listed as lost, and that the result validates. */
import { describe, expect, it } from 'vitest'
import { newAd, newAdGroup, newCampaign } from '#shared/domain/defaults'
import { convertToSmartPlus } from '#shared/domain/smart-plus/convert'
import { validateSmartPlus } from '#shared/domain/smart-plus/validation/index'
import { DEFAULT_GEO } from '#shared/domain/validation/index'
import { DEMO_TT_USER_ID } from '#shared/domain/demo/index'
import { TEST_NOW } from '#test/helpers/clock'

const ADV = '7301000000000000001'
let n = 0
const newId = () => `local-conv-${++n}`

function webDraft() {
  const c = { ...newCampaign(ADV, 'local-c'), objective_type: 'WEB_CONVERSIONS' as const, campaign_name: 'Spring web' }
  const g = {
    ...newAdGroup(c, 'local-g', TEST_NOW),
    adgroup_name: 'US adults',
    location_ids: ['6252001'],
    interest_category_ids: ['15'],
    pixel_id: '7302000000000000501',
    optimization_event: 'SHOPPING' as const,
  }
  const spark = { identity_type: 'TT_USER' as const, identity_id: DEMO_TT_USER_ID }
  const ads = [1, 2].map((i) => ({
    ...newAd(g, `local-a${i}`),
    ...spark,
    ad_name: `Ad ${i}`,
    video_id: `v${i}`,
    ad_text: i === 1 ? 'Run further' : 'Run lighter',
    call_to_action: 'SHOP_NOW' as const,
    landing_page_url: 'https://example.com/spring',
  }))
  return { c, g, ads }
}

describe('Convert to Smart+', () => {
  it('maps a web-conversions draft to one Smart+ campaign, MANUAL-mode ad group and one ad of all creatives, which validates', () => {
    const { c, g, ads } = webDraft()
    const out = convertToSmartPlus(c, [g], ads, newId, TEST_NOW)
    const [campaign] = out.smartPlusCampaigns
    expect(campaign).toMatchObject({
      campaign_name: 'Spring web',
      campaign_automation_type: 'UPGRADED_SMART_PLUS',
      sales_destination: 'WEBSITE',
      budget: 100,
    })
    // A manual campaign without CBO stays without it, with a daily budget, which Smart+ allows then.
    expect(campaign).toMatchObject({ budget_optimize_on: false, budget_mode: 'BUDGET_MODE_DAY' })
    const [group] = out.smartPlusAdgroups
    expect(group).toMatchObject({
      campaign_id: campaign!.campaign_id,
      targeting_optimization_mode: 'MANUAL',
      targeting_spec: { location_ids: ['6252001'], interest_category_ids: ['15'] },
      pixel_id: '7302000000000000501',
      billing_event: 'OCPM',
      budget_mode: 'BUDGET_MODE_DAY',
      budget: 50,
      schedule_start_time: g.schedule_start_time,
    })
    expect(out.smartPlusAds).toHaveLength(1)
    expect(out.smartPlusAds[0]).toMatchObject({
      adgroup_id: group!.adgroup_id,
      creative_list: [
        { creative_info: { ad_format: 'SINGLE_VIDEO', video_info: { video_id: 'v1' }, identity_type: 'TT_USER', identity_id: DEMO_TT_USER_ID } },
        { creative_info: { video_info: { video_id: 'v2' } } },
      ],
      ad_text_list: [{ ad_text: 'Run further' }, { ad_text: 'Run lighter' }],
      call_to_action_list: [{ call_to_action: 'SHOP_NOW' }],
      landing_page_url_list: [{ landing_page_url: 'https://example.com/spring' }],
    })
    expect(out.lost).toEqual([expect.stringContaining('its 2 ads become one Smart+ ad with 2 creatives')])
    const problems = validateSmartPlus(
      { campaigns: out.smartPlusCampaigns, adgroups: out.smartPlusAdgroups, ads: out.smartPlusAds },
      { currency: 'USD', now: TEST_NOW, geo: DEFAULT_GEO },
    )
    expect(problems.filter((p) => p.severity === 'error')).toEqual([])
  })

  it('carries a Spark "pull" ad\'s TikTok post as the creative\'s tiktok_item_id, which validates', () => {
    const { c, g, ads } = webDraft()
    const pull = { ...ads[0]!, video_id: undefined, tiktok_item_id: '7305101000000000001' }
    const out = convertToSmartPlus(c, [g], [pull], newId, TEST_NOW)
    expect(out.smartPlusAds[0]!.creative_list).toEqual([
      { creative_info: { ad_format: 'SINGLE_VIDEO', tiktok_item_id: '7305101000000000001', identity_type: 'TT_USER', identity_id: DEMO_TT_USER_ID } },
    ])
    const problems = validateSmartPlus(
      { campaigns: out.smartPlusCampaigns, adgroups: out.smartPlusAdgroups, ads: out.smartPlusAds },
      { currency: 'USD', now: TEST_NOW, geo: DEFAULT_GEO },
    )
    expect(problems.filter((p) => p.severity === 'error')).toEqual([])
  })

  it('lists what cannot carry over: images, a tracking pixel, a goal Smart+ does not take', () => {
    const { c, g, ads } = webDraft()
    const imageAd = { ...ads[0]!, video_id: undefined, ad_format: 'SINGLE_IMAGE' as const, image_ids: ['img1'], tracking_pixel_id: '9' }
    const out = convertToSmartPlus(c, [{ ...g, optimization_goal: 'REACH', billing_event: 'CPM' }], [imageAd], newId, TEST_NOW)
    expect(out.smartPlusAdgroups[0]).toMatchObject({ optimization_goal: 'CONVERT', billing_event: 'OCPM' })
    expect(out.smartPlusAds[0]!.creative_list).toEqual([])
    expect(out.lost.join('\n')).toMatch(/goal REACH is not a Smart\+ goal; it becomes CONVERT/)
    expect(out.lost.join('\n')).toMatch(/images cannot carry over/)
    expect(out.lost.join('\n')).toMatch(/tracking pixel/)
    // An ad with no media yet loses nothing: there is no image to mention.
    const bare = convertToSmartPlus(c, [g], [{ ...ads[0]!, video_id: undefined, image_ids: [] }], newId, TEST_NOW)
    expect(bare.lost.join('\n')).not.toMatch(/images/)
  })

  it('keeps CBO with a budget mode Smart+ allows, and refuses objectives Smart+ does not take', () => {
    const { c, g } = webDraft()
    const cbo = convertToSmartPlus({ ...c, budget_optimize_on: true, budget_mode: 'BUDGET_MODE_DAY' }, [g], [], newId, TEST_NOW)
    expect(cbo.smartPlusCampaigns[0]).toMatchObject({ budget_optimize_on: true, budget_mode: 'BUDGET_MODE_DYNAMIC_DAILY_BUDGET' })
    // Under CBO the ad group has no budget of its own.
    expect(cbo.smartPlusAdgroups[0]!.budget_mode).toBeUndefined()
    expect(cbo.lost).toContainEqual(expect.stringContaining('budget mode BUDGET_MODE_DAY'))
    expect(() => convertToSmartPlus({ ...c, objective_type: 'TRAFFIC' }, [], [], newId, TEST_NOW)).toThrow(/TRAFFIC campaigns cannot be Smart\+/)
  })
})
