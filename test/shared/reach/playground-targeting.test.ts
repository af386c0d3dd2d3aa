import { describe, expect, it } from 'vitest'
import { newAdGroup, newCampaign } from '#shared/domain/defaults'
import { AdGroupSchema } from '#shared/domain/entity-schemas'
import type { AdGroup } from '#shared/domain/entities'
import { PLAYGROUND_FIELDS, adGroupPatch, applyBlocker, playgroundStart, targetingOfAdGroup } from '#shared/reach/playground-targeting'
import { newSmartPlusAdGroup, newSmartPlusCampaign } from '#shared/domain/smart-plus/defaults'
import { smartPlusApplyBlocker, smartPlusSpecWith } from '#shared/reach/playground-smart-plus'
import { smartPlusReachInput } from '#shared/reach/smart-plus-input'
import { TEST_NOW } from '../../helpers/clock'

const campaign = newCampaign('7301000000000000001', '1800000000000000001')
const posted = (over: Partial<AdGroup> = {}): AdGroup => ({
  ...newAdGroup(campaign, '1700000000000000001', TEST_NOW),
  adgroup_name: 'Trail EU',
  location_ids: ['2921044'],
  languages: ['de'],
  audience_ids: ['6001'],
  actions: [{ action_scene: 'VIDEO_RELATED', action_period: 15, video_user_actions: ['WATCHED_TO_END'], action_category_ids: ['1'] }],
  ...over,
})

describe('ad group ⇄ reach playground targeting', () => {
  it('loads every targeting field the playground holds, as copies', () => {
    const g = posted()
    const t = targetingOfAdGroup(g)
    expect(Object.keys(t).sort()).toEqual([...PLAYGROUND_FIELDS].sort())
    expect(t).toMatchObject({ location_ids: ['2921044'], languages: ['de'], audience_ids: ['6001'], excluded_audience_ids: [] })
    t.location_ids.push('6252001')
    t.actions[0]!.action_category_ids.push('2')
    expect(g.location_ids).toEqual(['2921044'])
    expect(g.actions[0]!.action_category_ids).toEqual(['1'])
  })

  it('round-trips: a loaded, untouched targeting patches nothing and cannot be applied', () => {
    const g = posted()
    expect(adGroupPatch(g, targetingOfAdGroup(g))).toEqual({})
    expect(applyBlocker(g, targetingOfAdGroup(g))).toBe('Nothing to apply: the targeting matches “Trail EU”.')
  })

  it('patches only the changed fields, ignoring list order, and the patch is valid for the ad group', () => {
    const g = posted({ age_groups: ['AGE_25_34', 'AGE_35_44'] })
    const t = { ...targetingOfAdGroup(g), age_groups: ['AGE_35_44', 'AGE_25_34'] as AdGroup['age_groups'], gender: 'GENDER_FEMALE' as const }
    expect(adGroupPatch(g, t)).toEqual({ gender: 'GENDER_FEMALE' })
    const wider = { ...t, age_groups: [...t.age_groups, 'AGE_45_54'] as AdGroup['age_groups'] }
    const patch = adGroupPatch(g, wider)
    expect(patch).toEqual({ gender: 'GENDER_FEMALE', age_groups: ['AGE_35_44', 'AGE_25_34', 'AGE_45_54'] })
    expect(AdGroupSchema.safeParse({ ...g, ...patch }).success).toBe(true)
    expect(applyBlocker(g, wider)).toBeNull()
  })

  it('clears emptied audiences with null and leaves an absent list alone', () => {
    const g = posted({ excluded_audience_ids: undefined })
    const t = { ...targetingOfAdGroup(g), audience_ids: [] }
    expect(adGroupPatch(g, t)).toEqual({ audience_ids: null })
  })

  it('refuses switching placement type on a posted ad group but not on a local draft', () => {
    const auto = { ...targetingOfAdGroup(posted()), placement_type: 'PLACEMENT_TYPE_AUTOMATIC' as const }
    expect(applyBlocker(posted(), auto)).toMatch(/“Trail EU” is posted.*Set Placements back to Choose/)
    const draft = posted({ adgroup_id: 'local-1' })
    expect(applyBlocker(draft, auto)).toBeNull()
    expect(adGroupPatch(draft, auto)).toEqual({ placement_type: 'PLACEMENT_TYPE_AUTOMATIC' })
  })

  it('starts on broad US adult targeting with fresh lists each time', () => {
    const a = playgroundStart()
    a.location_ids.push('x')
    expect(playgroundStart().location_ids).toEqual(['6252001'])
    expect(Object.keys(playgroundStart()).sort()).toEqual(PLAYGROUND_FIELDS.filter((f) => !f.includes('audience')).sort())
  })
})

describe('the playground onto a Smart+ ad group', () => {
  const spCampaign = newSmartPlusCampaign('7301000000000000001', 'local-spc')
  const manual = {
    ...newSmartPlusAdGroup(spCampaign, '1700000000000000009', TEST_NOW),
    adgroup_name: 'Smart DE',
    targeting_optimization_mode: 'MANUAL' as const,
    targeting_spec: { location_ids: ['2921044'], languages: ['de'], zipcode_ids: ['10115'] },
  }

  it('writes only the changed fields into a MANUAL spec, keeping the fields the playground does not hold', () => {
    const t = { ...smartPlusReachInput(manual), gender: 'GENDER_FEMALE' as const, interest_category_ids: ['100001'] }
    expect(smartPlusApplyBlocker(manual, t)).toBeNull()
    expect(smartPlusSpecWith(manual, t)).toEqual({
      location_ids: ['2921044'],
      languages: ['de'],
      zipcode_ids: ['10115'],
      gender: 'GENDER_FEMALE',
      interest_category_ids: ['100001'],
    })
    // Every age (what reach reads of no age_groups) and any gender write nothing: the spec stays as TikTok reads it.
    expect(smartPlusApplyBlocker(manual, smartPlusReachInput(manual))).toBe('Nothing to apply: the targeting matches “Smart DE”.')
    // Languages emptied: the field is left out rather than sent empty.
    expect(smartPlusSpecWith(manual, { ...smartPlusReachInput(manual), languages: [] })).toEqual({
      location_ids: ['2921044'],
      zipcode_ids: ['10115'],
    })
  })

  it('refuses AUTOMATIC targeting and a placement change, saying what to do', () => {
    const automatic = { ...manual, targeting_optimization_mode: 'AUTOMATIC' as const }
    expect(smartPlusApplyBlocker(automatic, { ...smartPlusReachInput(automatic), gender: 'GENDER_MALE' })).toMatch(
      /automatic targeting.*Switch it to manual targeting/,
    )
    const moved = { ...smartPlusReachInput(manual), placement_type: 'PLACEMENT_TYPE_NORMAL' as const, placements: ['PLACEMENT_TIKTOK' as const] }
    expect(smartPlusApplyBlocker(manual, moved)).toMatch(/posted.*placements to change/)
    expect(smartPlusApplyBlocker({ ...manual, adgroup_id: 'local-g' }, moved)).toMatch(/Set “Smart DE”’s placements in its editor/)
  })
})
