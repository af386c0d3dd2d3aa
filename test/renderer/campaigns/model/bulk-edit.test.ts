import { describe, expect, it } from 'vitest'
import {
  budgetPatches,
  countLabel,
  readOnlyNote,
  renamePatches,
  splitReadOnly,
  statusPatches,
  topmostTargets,
  type Target,
} from '#renderer/campaigns/model/bulk-edit'
import { smallAccount } from './fixtures'

const a = smallAccount()
const groups: Target[] = a.adgroups.map((g) => ({ kind: 'adgroup', id: g.adgroup_id, entity: g }))
const campaigns: Target[] = a.campaigns.map((c) => ({ kind: 'campaign', id: c.campaign_id, entity: c }))
const ads: Target[] = a.ads.map((x) => ({ kind: 'ad', id: x.ad_id, entity: x }))

describe('bulk edit', () => {
  it('counts what is selected in words', () => {
    expect(countLabel(['adgroup', 'adgroup', 'adgroup'])).toBe('3 ad groups')
    expect(countLabel(['campaign'])).toBe('1 campaign')
    expect(countLabel(['campaign', 'ad'])).toBe('2 items')
  })

  it('changes status only where it differs', () => {
    expect(statusPatches(groups, 'DISABLE')).toEqual([
      { kind: 'adgroup', id: '21', fields: { operation_status: 'DISABLE' } },
      { kind: 'adgroup', id: '23', fields: { operation_status: 'DISABLE' } },
    ])
  })

  it('sets budgets, skipping ads and unlimited budgets', () => {
    const unlimited: Target = { ...campaigns[0]!, entity: { ...a.campaigns[0]!, budget_mode: 'BUDGET_MODE_INFINITE', budget: undefined } }
    const r = budgetPatches([...groups, ads[0]!, unlimited], { mode: 'set', amount: 80.555 })
    expect(r.patches.map((p) => p.fields)).toEqual([{ budget: 80.56 }, { budget: 80.56 }, { budget: 80.56 }])
    expect(r.skipped).toBe(1)
  })

  it('scales budgets by a percentage, to the cent, never below zero', () => {
    expect(budgetPatches(groups, { mode: 'percent', percent: 15 }).patches[0]).toEqual({
      kind: 'adgroup',
      id: '21',
      fields: { budget: 57.5 },
    })
    expect(budgetPatches(campaigns, { mode: 'percent', percent: -150 }).patches[0]!.fields).toEqual({ budget: 0 })
    const cbo: Target = { ...groups[0]!, entity: { ...a.adgroups[0]!, budget: undefined } }
    expect(budgetPatches([cbo], { mode: 'percent', percent: 10 })).toEqual({ patches: [], skipped: 1 })
  })

  it('finds and replaces literal text in names, case-insensitively unless asked', () => {
    expect(renamePatches([...groups, ...campaigns], 'spring', 'Summer', false)).toEqual([
      { kind: 'adgroup', id: '21', fields: { adgroup_name: 'Summer US' } },
      { kind: 'adgroup', id: '22', fields: { adgroup_name: 'Summer EU' } },
      { kind: 'campaign', id: '11', fields: { campaign_name: 'Summer sale' } },
    ])
    expect(renamePatches(groups, 'spring', 'Summer', true)).toEqual([])
    expect(renamePatches(ads, '.', '$&', false)).toEqual([]) // literal, not a pattern
    expect(renamePatches(ads, 'Video', '$1 Clip', false)[0]!.fields).toEqual({ ad_name: '$1 Clip A' })
    expect(renamePatches(ads, '', 'x', false)).toEqual([])
  })

  it('keeps only the topmost of a parent and its selected children', () => {
    const picked = [
      { kind: 'campaign' as const, id: '11', parentIds: [] },
      { kind: 'adgroup' as const, id: '21', parentIds: ['11'] },
      { kind: 'ad' as const, id: '33', parentIds: ['23', '12'] },
    ]
    expect(topmostTargets(picked).map((t) => t.id)).toEqual(['11', '33'])
  })
})

describe('bulk edit of a selection with Smart+ objects', () => {
  const smartPlus: Target = {
    ...campaigns[0]!,
    id: '99',
    entity: { ...a.campaigns[0]!, campaign_id: '99', campaign_automation_type: 'UPGRADED_SMART_PLUS' },
  }
  const smartCreative: Target = { ...ads[0]!, id: '98', entity: { ...a.ads[0]!, ad_id: '98', smart_plus_ad_id: '1800000000000000110' } }

  it('leaves read-only objects out and counts them', () => {
    const { editable, readOnly } = splitReadOnly([...groups, smartPlus, smartCreative])
    expect(editable.map((t) => t.id)).toEqual(groups.map((t) => t.id))
    expect(readOnly).toBe(2)
    expect(statusPatches(editable, 'DISABLE').some((p) => p.id === '99' || p.id === '98')).toBe(false)
  })

  it('keeps manual objects, including those marked MANUAL', () => {
    const manual: Target = { ...campaigns[0]!, entity: { ...a.campaigns[0]!, campaign_automation_type: 'MANUAL' } }
    expect(splitReadOnly([manual, ...ads])).toEqual({ editable: [manual, ...ads], readOnly: 0 })
  })

  it('says how many were left out, in words', () => {
    expect(readOnlyNote(0)).toBe('')
    expect(readOnlyNote(1)).toBe(' (1 read-only Smart+ item left out)')
    expect(readOnlyNote(3)).toBe(' (3 read-only Smart+ items left out)')
  })
})
