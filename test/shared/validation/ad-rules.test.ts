import { describe, expect, it } from 'vitest'
import { validateAd } from '#shared/domain/validation/index'
import { ad, adgroup, campaign, ctx, ruleIds } from './fixtures'

const ag = adgroup()
const web = campaign({ objective_type: 'TRAFFIC' })
const reach = campaign({ objective_type: 'REACH' })

describe('validateAd', () => {
  it('accepts a complete ad', () => {
    expect(validateAd(ad(), ag, web, ctx())).toEqual([])
  })

  it('needs its ad group to exist', () => {
    const [p] = validateAd(ad(), undefined, undefined, ctx())
    expect(p).toMatchObject({ ruleId: 'ad.adgroup.missing', field: 'adgroup_id', kind: 'ad' })
    expect(p!.message).toBe('Ad “Trail shoes 15s”: its ad group (2001) does not exist. Move the ad to an ad group or delete it.')
  })

  it('requires a name within limits', () => {
    expect(ruleIds(validateAd(ad({ ad_name: '' }), ag, web, ctx()))).toEqual(['ad.name.required'])
    expect(ruleIds(validateAd(ad({ ad_name: 'x'.repeat(513) }), ag, web, ctx()))).toEqual(['ad.name.too-long'])
    expect(ruleIds(validateAd(ad({ ad_name: 'Trail ⛰️ 15s' }), ag, web, ctx()))).toEqual(['ad.name.emoji'])
  })

  it('needs an https landing page for web objectives', () => {
    expect(ruleIds(validateAd(ad({ landing_page_url: undefined }), ag, web, ctx()))).toEqual(['ad.landing-page.required'])
    expect(validateAd(ad({ landing_page_url: undefined }), ag, reach, ctx())).toEqual([])
    expect(ruleIds(validateAd(ad({ landing_page_url: 'http://example.com' }), ag, web, ctx()))).toEqual(['ad.landing-page.https'])
    expect(ruleIds(validateAd(ad({ landing_page_url: 'https://' }), ag, reach, ctx()))).toEqual(['ad.landing-page.https'])
    expect(ruleIds(validateAd(ad({ landing_page_url: 'https://exa mple.com/' }), ag, web, ctx()))).toEqual(['ad.landing-page.https'])
    expect(validateAd(ad({ landing_page_url: 'https://shop.example.com:8443/p/1?utm=tt#top' }), ag, web, ctx())).toEqual([])
  })

  it('needs ad text and warns above 100 characters', () => {
    expect(ruleIds(validateAd(ad({ ad_text: ' ' }), ag, web, ctx()))).toEqual(['ad.text.required'])
    expect(validateAd(ad({ ad_text: 'é'.repeat(100) }), ag, web, ctx())).toEqual([])
    const [p] = validateAd(ad({ ad_text: 'a'.repeat(101) }), ag, web, ctx())
    expect(p).toMatchObject({ severity: 'warning', ruleId: 'ad.text.length', field: 'ad_text' })
  })

  it('needs a video for video ads and images for image ads', () => {
    expect(ruleIds(validateAd(ad({ video_id: undefined }), ag, web, ctx()))).toEqual(['ad.video.required'])
    expect(ruleIds(validateAd(ad({ ad_format: 'SINGLE_IMAGE', video_id: undefined }), ag, web, ctx()))).toEqual(['ad.images.required'])
    expect(validateAd(ad({ ad_format: 'SINGLE_IMAGE', video_id: undefined, image_ids: ['img1'] }), ag, web, ctx())).toEqual([])
  })
})
