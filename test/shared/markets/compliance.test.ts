import { describe, expect, it } from 'vitest'
import { checkCompliance, COMPLIANCE_RULES } from '#shared/markets/compliance/check'
import type { ComplianceSubject } from '#shared/markets/compliance/rule'
import { SOURCES } from '#shared/markets/sources'

const GERMANY = '2921044'
const US = '6252001'
const JAPAN = '1861060'
const KOREA = '1835841'

const adgroup = (over: Partial<ComplianceSubject> = {}): ComplianceSubject => ({
  adgroup_id: 'local-1',
  adgroup_name: 'Spring sale',
  placement_type: 'PLACEMENT_TYPE_NORMAL',
  placements: ['PLACEMENT_TIKTOK'],
  location_ids: [JAPAN],
  age_groups: ['AGE_18_24'],
  interest_category_ids: [],
  interest_keyword_ids: [],
  actions: [],
  ...over,
})

const ids = (a: ComplianceSubject) => checkCompliance(a).map((p) => `${p.severity}:${p.ruleId}`)
const action = {
  action_scene: 'VIDEO_RELATED' as const,
  action_period: 15 as const,
  video_user_actions: ['LIKED' as const],
  action_category_ids: ['a1'],
}

describe('compliance rules', () => {
  it('finds nothing wrong with a plain Japanese ad group', () => {
    expect(checkCompliance(adgroup())).toEqual([])
  })

  it('every rule has an id, a summary and a known source', () => {
    for (const r of COMPLIANCE_RULES) {
      expect(r.id).toMatch(/^compliance\./)
      expect(r.summary.length).toBeGreaterThan(10)
      expect(SOURCES[r.source]).toBeDefined()
    }
    expect(new Set(COMPLIANCE_RULES.map((r) => r.id)).size).toBe(COMPLIANCE_RULES.length)
  })

  it('compliance.eu.minors-personalised: no interests or behaviours for 13–17 in the EU', () => {
    const a = adgroup({ location_ids: [GERMANY], age_groups: ['AGE_13_17', 'AGE_18_24'], interest_category_ids: ['400'] })
    const [p] = checkCompliance(a)
    expect(p).toMatchObject({
      severity: 'error',
      ruleId: 'compliance.eu.minors-personalised',
      field: 'age_groups',
      kind: 'adgroup',
      entityId: 'local-1',
      entityName: 'Spring sale',
    })
    expect(p!.message).toContain('Germany')
    expect(p!.source).toContain('Digital Services Act')
    expect(ids({ ...a, age_groups: ['AGE_18_24'] })).toEqual([])
    expect(ids({ ...a, interest_category_ids: [] })).toEqual([])
    expect(ids({ ...a, interest_category_ids: [], interest_keyword_ids: ['k1'] })).toEqual(['error:compliance.eu.minors-personalised'])
  })

  it('compliance.us.minors-personalised: US teens only by location, language and device', () => {
    const a = adgroup({ location_ids: [US], age_groups: ['AGE_13_17'], placements: ['PLACEMENT_TIKTOK'], actions: [action] })
    expect(ids(a)).toEqual(['error:compliance.us.minors-personalised'])
    expect(ids({ ...a, location_ids: [JAPAN] })).toEqual([])
  })

  it('compliance.eu.special-category-interests: health, religion, politics, sexuality are banned in the EU', () => {
    const a = adgroup({ location_ids: [GERMANY], interest_category_ids: ['150002', '1600', '170002', '1800', '400'] })
    const problems = checkCompliance(a)
    expect(problems.map((p) => p.ruleId)).toEqual(Array(4).fill('compliance.eu.special-category-interests'))
    expect(problems.map((p) => p.message.match(/is (\w+) data/)![1])).toEqual(['health', 'religion', 'politics', 'sexuality'])
    // World news is under News & Politics but is not itself political profiling.
    expect(ids({ ...a, interest_category_ids: ['170001'] })).toEqual([])
    expect(ids({ ...a, location_ids: [US] })).toEqual([])
  })

  it('compliance.cross-app.us-eu: Pangle is unavailable in the US — an error when nowhere else is left', () => {
    const a = adgroup({ location_ids: [US], placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'] })
    const [p] = checkCompliance(a)
    expect(p).toMatchObject({ severity: 'error', ruleId: 'compliance.cross-app.us-eu', field: 'placements' })
    expect(p!.message).toMatch(/Pangle .* unavailable in United States/)
    expect(ids({ ...a, location_ids: [US, JAPAN] })).toEqual(['warning:compliance.cross-app.us-eu'])
    // Automatic placement skips where a placement does not deliver: nothing to report.
    expect(ids({ ...a, placement_type: 'PLACEMENT_TYPE_AUTOMATIC' })).toEqual([])
  })

  it('compliance.cross-app.listed-countries: the App Bundle delivers only in its listed countries', () => {
    const a = adgroup({ location_ids: [KOREA], placements: ['PLACEMENT_GLOBAL_APP_BUNDLE'] })
    expect(ids(a)).toEqual(['error:compliance.cross-app.listed-countries'])
    expect(ids({ ...a, location_ids: [KOREA, JAPAN] })).toEqual([])
    expect(ids({ ...a, placements: ['PLACEMENT_PANGLE'] })).toEqual([])
  })

  it('compliance.actions.tiktok-only: behaviours need TikTok as the sole placement', () => {
    const a = adgroup({ actions: [action], placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'] })
    expect(ids(a)).toEqual(['error:compliance.actions.tiktok-only'])
    expect(ids({ ...a, placements: ['PLACEMENT_TIKTOK'] })).toEqual([])
    expect(ids({ ...a, placements: ['PLACEMENT_TIKTOK'], placement_type: 'PLACEMENT_TYPE_AUTOMATIC' })).toEqual([
      'error:compliance.actions.tiktok-only',
    ])
  })

  it('compliance.location.unsupported: countries outside the three markets, and unknown ids', () => {
    const problems = checkCompliance(adgroup({ location_ids: [JAPAN, '2635167', '42'] }))
    expect(problems.map((p) => p.ruleId)).toEqual(['compliance.location.unsupported', 'compliance.location.unsupported'])
    expect(problems[0]!.message).toMatch(/^United Kingdom is outside Adwright’s markets/)
    expect(problems[1]!.message).toMatch(/Location 42 is not a known country or region/)
  })

  it('takes an injected location resolver', () => {
    const none = checkCompliance(adgroup({ location_ids: [GERMANY] }), { resolveLocation: () => undefined })
    expect(none.map((p) => p.ruleId)).toEqual(['compliance.location.unsupported'])
  })
})
