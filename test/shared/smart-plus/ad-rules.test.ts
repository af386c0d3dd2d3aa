import { describe, expect, it } from 'vitest'
import { validateSmartPlusAd } from '#shared/domain/smart-plus/validation/index'
import type { SmartPlusAd } from '#shared/domain/smart-plus/index'
import { ids, only, postedOf, spAd, spAdGroup, spCampaign, spCtx } from './fixtures'

const check = (over: Partial<SmartPlusAd>, adgroup = spAdGroup(), ctx = spCtx()) => validateSmartPlusAd(spAd(over), adgroup, spCampaign(), ctx)
const video = (id: string, identity: Record<string, string> = { identity_type: 'TT_USER', identity_id: 'id-1' }) => ({
  creative_info: { ad_format: 'SINGLE_VIDEO' as const, video_info: { video_id: id }, ...identity },
})

describe('Smart+ ad rules', () => {
  it('passes the fixture', () => {
    expect(check({})).toEqual([])
  })

  it('takes 1 to 50 creatives', () => {
    expect(ids(check({ creative_list: [] }))).toEqual(['smart-plus.ad.creatives.required'])
    expect(ids(check({ creative_list: Array.from({ length: 51 }, (_, i) => video(`v${i}`)) }))).toEqual(['smart-plus.ad.creatives.max'])
    expect(ids(check({ creative_list: Array.from({ length: 50 }, (_, i) => video(`v${i}`)) }))).toEqual([])
  })

  it('takes at most 5 texts, 3 calls to action and 1 landing page', () => {
    const texts = (n: number) => Array.from({ length: n }, (_, i) => ({ ad_text: `Text ${i}` }))
    expect(ids(check({ ad_text_list: texts(6) }))).toEqual(['smart-plus.ad.texts.max'])
    expect(ids(check({ ad_text_list: texts(5) }))).toEqual([])
    const ctas = [{ call_to_action: 'SHOP_NOW' }, { call_to_action: 'LEARN_MORE' }, { call_to_action: 'SIGN_UP' }] as const
    expect(ids(check({ call_to_action_list: [...ctas, { call_to_action: 'ORDER_NOW' }] }))).toEqual(['smart-plus.ad.ctas.max'])
    expect(ids(check({ call_to_action_list: [...ctas] }))).toEqual([])
    const url = { landing_page_url: 'https://example.com/a' }
    expect(ids(check({ landing_page_url_list: [url, url] }))).toEqual(['smart-plus.ad.landing-page.max'])
  })

  it('accepts a dynamic CTA instead of a list, and warns when both are set', () => {
    expect(ids(check({ call_to_action_list: [], ad_configuration: { call_to_action_id: '7000' } }))).toEqual([])
    expect(ids(check({ ad_configuration: { call_to_action_id: '7000' } }))).toEqual(['smart-plus.ad.ctas.both'])
    // The id is TikTok's int64: an empty one (just switched to dynamic) or a name is refused.
    expect(ids(check({ call_to_action_list: [], ad_configuration: { call_to_action_id: '' } }))).toEqual(['smart-plus.ad.cta.dynamic-id'])
    expect(ids(check({ call_to_action_list: [], ad_configuration: { call_to_action_id: 'Shop CTAs' } }))).toEqual(['smart-plus.ad.cta.dynamic-id'])
  })

  it('needs a Spark identity on each creative when placements include TikTok (absent = automatic = TikTok too)', () => {
    const custom = video('v9', { identity_type: 'CUSTOMIZED_USER', identity_id: 'c-1' })
    const problems = check({ creative_list: [video('v1'), custom] })
    expect(only(problems, 'smart-plus.ad.creative.spark-identity').map((p) => p.field)).toEqual(['creative_list[1].creative_info.identity_type'])
    const tiktok = spAdGroup({ placement_type: 'PLACEMENT_TYPE_NORMAL', placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'] })
    expect(ids(check({ creative_list: [custom] }, tiktok))).toEqual(['smart-plus.ad.creative.spark-identity'])
    // Pangle only: a custom identity is allowed.
    const pangle = spAdGroup({ placement_type: 'PLACEMENT_TYPE_NORMAL', placements: ['PLACEMENT_PANGLE'] })
    expect(ids(check({ creative_list: [custom] }, pangle))).toEqual([])
  })

  it('needs the Business Center of a BC_AUTH_TT identity', () => {
    expect(ids(check({ creative_list: [video('v1', { identity_type: 'BC_AUTH_TT', identity_id: 'id-2' })] }))).toEqual([
      'smart-plus.ad.creative.identity-bc',
    ])
    expect(
      ids(check({ creative_list: [video('v1', { identity_type: 'BC_AUTH_TT', identity_id: 'id-2', identity_authorized_bc_id: 'bc-1' })] })),
    ).toEqual([])
  })

  it('needs a video on a video creative and an https landing page on a website ad', () => {
    expect(ids(check({ creative_list: [{ creative_info: { ad_format: 'SINGLE_VIDEO', identity_type: 'TT_USER', identity_id: 'i' } }] }))).toEqual([
      'smart-plus.ad.creative.video',
    ])
    expect(ids(check({ landing_page_url_list: [] }))).toEqual(['smart-plus.ad.landing-page.required'])
    expect(ids(check({ landing_page_url_list: [{ landing_page_url: 'http://example.com' }] }))).toEqual(['smart-plus.ad.landing-page.https'])
  })

  it('lets TikTok name an ad whose name is empty', () => {
    expect(ids(check({ ad_name: '' }))).toEqual([])
  })

  it('locks the ad group once posted, while creatives, texts and CTAs stay editable', () => {
    const posted = spAd({ smart_plus_ad_id: '1793000000000000001', adgroup_id: '1791000000000000001' })
    const ctx = spCtx({ posted: postedOf({ ads: [posted] }) })
    const moved = validateSmartPlusAd({ ...posted, adgroup_id: '1791000000000000002' }, spAdGroup(), spCampaign(), ctx)
    expect(only(moved, 'smart-plus.ad.locked').map((p) => p.field)).toEqual(['adgroup_id'])
    const edited = { ...posted, ad_text_list: [{ ad_text: 'New text' }], creative_list: [video('v7')], call_to_action_list: [] }
    expect(ids(validateSmartPlusAd(edited, spAdGroup(), spCampaign(), ctx))).toEqual([])
  })
})
