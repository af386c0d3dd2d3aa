import { describe, expect, it } from 'vitest'
import { checkCompliance } from '#shared/markets/compliance/check'
import { DEFAULT_COMPLIANCE_CONTEXT, type ComplianceSubject } from '#shared/markets/compliance/rule'
import { catalogue, customerFile, engagement, lookalike, pixel } from '../reach/audience-fixtures'

const GERMANY = '2921044'
const US = '6252001'
const JAPAN = '1861060'
const TEXAS = '4736286'
const NEW_YORK = '5128638'

const adgroup = (over: Partial<ComplianceSubject> = {}): ComplianceSubject => ({
  adgroup_id: 'local-1',
  adgroup_name: 'Spring sale',
  placement_type: 'PLACEMENT_TYPE_NORMAL',
  placements: ['PLACEMENT_TIKTOK'],
  location_ids: [US],
  age_groups: ['AGE_18_24'],
  interest_category_ids: [],
  interest_keyword_ids: [],
  actions: [],
  ...over,
})

const cat = catalogue(
  customerFile('file', 50_000),
  customerFile('tiny', 80),
  customerFile('small', 999),
  customerFile('enough', 1000),
  customerFile('unmatched', 0),
  engagement('eng', 90_000),
  pixel('site', 40_000),
  pixel('clinic', 20_000, 'health'),
  lookalike('lal', 'file', [US]),
  lookalike('lal-clinic', 'clinic', [GERMANY]),
  lookalike('lal-tiny', 'tiny', [US]),
  lookalike('lal-eng', 'eng', [US]),
  lookalike('lal-of-lal', 'lal', [US]),
)
const ctx = { ...DEFAULT_COMPLIANCE_CONTEXT, audiences: cat }
const check = (over: Partial<ComplianceSubject>) => checkCompliance(adgroup(over), ctx)
const ids = (over: Partial<ComplianceSubject>) => check(over).map((p) => `${p.severity}:${p.ruleId}`)

describe('audience compliance rules', () => {
  it('accepts adult ad groups with any kind of audience', () => {
    expect(ids({ audience_ids: ['file', 'eng', 'lal'], excluded_audience_ids: ['site'], location_ids: [NEW_YORK] })).toEqual([])
  })

  it('blocks off-TikTok audiences, lookalikes of them, and unknown audiences for 13–17 in the US and EU', () => {
    for (const id of ['file', 'site', 'lal', 'not-downloaded']) {
      for (const loc of [US, GERMANY]) {
        const found = check({ age_groups: ['AGE_13_17'], location_ids: [loc], audience_ids: [id] })
        expect(found.map((p) => p.ruleId)).toContain('compliance.audiences.minors')
        const p = found.find((x) => x.ruleId === 'compliance.audiences.minors')!
        expect(p).toMatchObject({ severity: 'error', field: 'audience_ids' })
        expect(p.message).toMatch(/outside TikTok/)
      }
    }
  })

  it('blocks in-app audiences for US/EU teens too (no personalisation), but not in East Asia', () => {
    expect(check({ age_groups: ['AGE_13_17'], audience_ids: ['eng'] })[0]!.message).toMatch(/location, language and device/)
    expect(ids({ age_groups: ['AGE_13_17'], location_ids: [JAPAN], audience_ids: ['file', 'eng'] })).toEqual([])
    // Excluding people is not targeting them.
    expect(ids({ age_groups: ['AGE_13_17'], excluded_audience_ids: ['file'] })).toEqual([])
  })

  it('blocks special-category audiences and their lookalikes in the EU, included or excluded (DSA 26(3))', () => {
    expect(ids({ location_ids: [GERMANY], audience_ids: ['clinic'] })).toEqual(['error:compliance.eu.special-category-audiences'])
    expect(ids({ location_ids: [GERMANY], excluded_audience_ids: ['lal-clinic'] })).toEqual(['error:compliance.eu.special-category-audiences'])
    expect(check({ location_ids: [GERMANY], audience_ids: ['clinic'] })[0]!.message).toMatch(/health events.*Art\. 26\(3\)/)
    expect(ids({ location_ids: [JAPAN], audience_ids: ['clinic'] })).toEqual([])
  })

  it('notes Limited Data Use for pixel audiences in the US and in its states, not in other states', () => {
    expect(ids({ audience_ids: ['site'] })).toEqual(['warning:compliance.us.limited-data-use'])
    expect(check({ location_ids: [TEXAS], audience_ids: ['site'] })[0]!.message).toMatch(/In Texas .*limited_data_use/)
    expect(ids({ location_ids: [NEW_YORK], audience_ids: ['site'] })).toEqual([])
    expect(ids({ audience_ids: ['file'] })).toEqual([])
  })

  it('refuses an audience or package both included and excluded', () => {
    expect(ids({ audience_ids: ['file'], excluded_audience_ids: ['file'] })).toEqual(['error:compliance.audiences.include-exclude-conflict'])
    expect(
      ids({
        placements: ['PLACEMENT_PANGLE'],
        location_ids: [JAPAN],
        included_pangle_audience_package_ids: ['9'],
        excluded_pangle_audience_package_ids: ['9'],
      }),
    ).toEqual(['error:compliance.audiences.include-exclude-conflict'])
  })

  it('needs a lookalike source of at least 100 people that is not a lookalike', () => {
    expect(check({ audience_ids: ['lal-tiny'] })[0]!.message).toMatch(/80 matched people; TikTok needs at least 100/)
    expect(ids({ audience_ids: ['lal-of-lal'] })).toEqual(['error:compliance.audiences.lookalike-source'])
    expect(ids({ audience_ids: ['lal', 'lal-eng'] })).toEqual([])
  })

  it('needs 1,000 matched people in an included audience, not in an excluded one', () => {
    const found = check({ audience_ids: ['small'] })
    expect(found.map((p) => `${p.severity}:${p.ruleId}:${p.field}`)).toEqual(['error:compliance.audiences.minimum-size:audience_ids'])
    expect(found[0]!.message).toMatch(/“File small” has 999 matched people; TikTok needs at least 1,000/)
    expect(found[0]!.source).toMatch(/amperity/)
    expect(ids({ audience_ids: ['unmatched'] })).toEqual(['error:compliance.audiences.minimum-size'])
    expect(ids({ audience_ids: ['enough', 'lal'] })).toEqual([])
    expect(ids({ excluded_audience_ids: ['small'] })).toEqual([])
  })

  it('allows Pangle packages only with the Pangle placement (or automatic placement)', () => {
    expect(ids({ location_ids: [JAPAN], included_pangle_audience_package_ids: ['9'] })).toEqual(['error:compliance.audiences.pangle-packages'])
    expect(ids({ location_ids: [JAPAN], placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'], included_pangle_audience_package_ids: ['9'] })).toEqual(
      [],
    )
    expect(
      ids({ location_ids: [JAPAN], placement_type: 'PLACEMENT_TYPE_AUTOMATIC', placements: [], excluded_pangle_audience_package_ids: ['9'] }),
    ).toEqual([])
  })
})
