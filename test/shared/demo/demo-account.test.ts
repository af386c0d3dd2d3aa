import { describe, expect, it } from 'vitest'
import { AdGroupSchema, AdSchema, CampaignSchema } from '#shared/domain/entity-schemas'
import { COUNTRY, createDemoAccount, generateAccount } from '#shared/domain/demo/index'
import { DEFAULT_GEO, validateAccount } from '#shared/domain/validation/index'

const ADV = '7301000000000000001'
const now = new Date('2026-11-23T18:00:00Z')
const ctx = { currency: 'USD', now, geo: DEFAULT_GEO }

describe('createDemoAccount', () => {
  const demo = createDemoAccount(ADV, now)

  it('has no validation errors, now or a year from now', () => {
    expect(validateAccount(demo, ctx).filter((p) => p.severity === 'error')).toEqual([])
    const later = new Date('2027-11-23T00:00:00Z')
    expect(validateAccount(createDemoAccount(ADV, later), { ...ctx, now: later }).filter((p) => p.severity === 'error')).toEqual([])
  })

  it('carries what TikTok stores about what is promoted: drafted as local copies, it would pass the promotion rules', () => {
    const asDrafts = {
      campaigns: demo.campaigns.map((c) => ({ ...c, campaign_id: `local-${c.campaign_id}` })),
      adgroups: demo.adgroups.map((a) => ({ ...a, campaign_id: `local-${a.campaign_id}`, adgroup_id: `local-${a.adgroup_id}` })),
      ads: [],
    }
    const promotion = validateAccount(asDrafts, ctx).filter((p) => /promotion|app-id|rf-reach/.test(p.ruleId))
    expect(promotion).toEqual([])
    const app = demo.adgroups.filter((a) => demo.campaigns.find((c) => c.campaign_id === a.campaign_id)!.objective_type === 'APP_PROMOTION')
    expect(app.map((a) => [a.operating_systems[0], a.promotion_type])).toEqual([
      ['IOS', 'APP_IOS'],
      ['ANDROID', 'APP_ANDROID'],
      ['ANDROID', 'APP_ANDROID'],
    ])
  })

  it('satisfies the structural schemas with server ids', () => {
    for (const c of demo.campaigns) expect(CampaignSchema.safeParse(c).success).toBe(true)
    for (const ag of demo.adgroups) expect(AdGroupSchema.safeParse(ag).success).toBe(true)
    for (const ad of demo.ads) expect(AdSchema.safeParse(ad).success).toBe(true)
    const ids = [...demo.campaigns.map((c) => c.campaign_id), ...demo.adgroups.map((a) => a.adgroup_id), ...demo.ads.map((a) => a.ad_id)]
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^\d{19}$/)
  })

  it('covers the six objectives and the three markets, with Pangle only in Asia', () => {
    expect(new Set(demo.campaigns.map((c) => c.objective_type))).toEqual(
      new Set(['WEB_CONVERSIONS', 'TRAFFIC', 'REACH', 'VIDEO_VIEWS', 'APP_PROMOTION', 'LEAD_GENERATION']),
    )
    const locations = new Set(demo.adgroups.flatMap((a) => a.location_ids))
    for (const id of Object.values(COUNTRY)) expect(locations.has(id)).toBe(true)
    for (const ag of demo.adgroups) if (ag.placements.includes('PLACEMENT_PANGLE')) expect(ag.location_ids).toContain(COUNTRY.JP)
    expect(demo.adgroups.some((a) => a.placements.includes('PLACEMENT_PANGLE'))).toBe(true)
    expect(demo.ads.every((a) => a.landing_page_url?.startsWith('https://'))).toBe(true)
    expect(demo.campaigns.every((c) => c.advertiser_id === ADV)).toBe(true)
  })

  it('is deterministic for a given now', () => {
    expect(createDemoAccount(ADV, now)).toEqual(demo)
    expect(createDemoAccount(ADV, new Date('2026-12-25T00:00:00Z'))).not.toEqual(demo)
  })
})

describe('generateAccount', () => {
  const opts = { advertiserId: ADV, campaigns: 40, adgroupsPerCampaign: 5, adsPerAdgroup: 3, seed: 7 }
  const account = generateAccount(opts)

  it('makes the requested number of entities, linked to their parents', () => {
    expect([account.campaigns.length, account.adgroups.length, account.ads.length]).toEqual([40, 200, 600])
    const campaignIds = new Set(account.campaigns.map((c) => c.campaign_id))
    expect(account.adgroups.every((a) => campaignIds.has(a.campaign_id))).toBe(true)
  })

  it('is valid, structurally and by the business rules', () => {
    expect(validateAccount(account, ctx).filter((p) => p.severity === 'error')).toEqual([])
    expect(account.adgroups.every((ag) => AdGroupSchema.safeParse(ag).success)).toBe(true)
  })

  it('is the same for the same seed and differs for another', () => {
    expect(generateAccount(opts)).toEqual(account)
    expect(generateAccount({ ...opts, seed: 8 })).not.toEqual(account)
  })
})
