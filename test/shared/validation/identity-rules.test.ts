import { describe, expect, it } from 'vitest'
import { validateAd } from '#shared/domain/validation/index'
import { ad, adgroup, campaign, ctx, ruleIds } from './fixtures'

const web = campaign({ objective_type: 'TRAFFIC' })
const newAd = (over: Parameters<typeof ad>[0] = {}) => ad({ ad_id: 'local-ad-1', ...over })
const tiktok = adgroup({ placement_type: 'PLACEMENT_TYPE_NORMAL', placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'] })
const automatic = adgroup({ placement_type: 'PLACEMENT_TYPE_AUTOMATIC', placements: [] })
const pangleOnly = adgroup({ placement_type: 'PLACEMENT_TYPE_NORMAL', placements: ['PLACEMENT_PANGLE', 'PLACEMENT_GLOBAL_APP_BUNDLE'] })
const refused = () => ({ ...ctx(), canUseCustomIdentity: false })
const allowed = () => ({ ...ctx(), canUseCustomIdentity: true })

describe('Custom Identity on TikTok placements', () => {
  it('is an error on a new ad for an advertiser TikTok no longer allows, on automatic or TikTok placements', () => {
    for (const g of [tiktok, automatic]) {
      const [p] = validateAd(newAd(), g, web, refused())
      expect(p).toMatchObject({ severity: 'error', ruleId: 'ad.identity.custom-on-tiktok', field: 'identity_type' })
      expect(p!.message).toContain('Pick a Spark identity')
    }
  })

  it('passes on Pangle / Global App Bundle only, when allowed, for existing ads, and for Spark identities', () => {
    expect(validateAd(newAd(), pangleOnly, web, refused())).toEqual([])
    expect(validateAd(newAd(), tiktok, web, allowed())).toEqual([])
    expect(validateAd(ad({ ad_id: '3001' }), tiktok, web, refused())).toEqual([])
    expect(validateAd(newAd({ identity_type: 'TT_USER', identity_id: '7304000000000000101' }), tiktok, web, refused())).toEqual([])
  })

  it('warns when the account was never pulled, so the permission is unknown', () => {
    const [p] = validateAd(newAd(), tiktok, web, ctx())
    expect(p).toMatchObject({ severity: 'warning', ruleId: 'ad.identity.custom-on-tiktok-unknown' })
    expect(p!.message).toContain('pull the account')
  })
})

describe('Spark identity fields', () => {
  it('needs the identity id, and the Business Center for BC_AUTH_TT', () => {
    expect(ruleIds(validateAd(newAd({ identity_type: 'TT_USER' }), tiktok, web, refused()))).toEqual(['ad.identity.id-required'])
    const bc = newAd({ identity_type: 'BC_AUTH_TT', identity_id: '7304000000000000202' })
    const [p] = validateAd(bc, tiktok, web, refused())
    expect(p).toMatchObject({ severity: 'error', ruleId: 'ad.identity.bc-required', field: 'identity_authorized_bc_id' })
    expect(validateAd({ ...bc, identity_authorized_bc_id: '7303000000000000042' }, tiktok, web, refused())).toEqual([])
  })
})

describe('Spark "pull" ads (tiktok_item_id)', () => {
  const sparkPost = (over: Parameters<typeof ad>[0] = {}) =>
    newAd({ identity_type: 'TT_USER', identity_id: '7304000000000000101', video_id: undefined, tiktok_item_id: '7305101000000000001', ...over })

  it('lets a SINGLE_VIDEO ad promote a TikTok post instead of a video', () => {
    expect(validateAd(sparkPost(), tiktok, web, refused())).toEqual([])
  })

  it('still needs a video or a post on a SINGLE_VIDEO ad, and says both ways', () => {
    const [p] = validateAd(sparkPost({ tiktok_item_id: undefined }), tiktok, web, refused())
    expect(p).toMatchObject({ severity: 'error', ruleId: 'ad.video.required', field: 'video_id' })
    expect(p!.message).toContain('TikTok posts')
  })

  it('refuses a post on a Custom Identity ad, naming tiktok_item_id, and passes once a Spark identity is picked', () => {
    const custom = sparkPost({ identity_type: 'CUSTOMIZED_USER', identity_id: undefined })
    const [p] = validateAd(custom, pangleOnly, web, refused())
    expect(p).toMatchObject({ severity: 'error', ruleId: 'ad.spark-post.identity', field: 'tiktok_item_id' })
    expect(p!.message).toContain('Spark identity')
    for (const type of ['TT_USER', 'BC_AUTH_TT', 'AUTH_CODE'] as const)
      expect(validateAd(sparkPost({ identity_type: type, identity_authorized_bc_id: '7303000000000000042' }), pangleOnly, web, refused())).toEqual([])
  })
})
