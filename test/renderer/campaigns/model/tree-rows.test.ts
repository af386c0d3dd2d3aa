import { describe, expect, it } from 'vitest'
import { EMPTY_FILTER, flattenTree, indexAccount, parseRowKey, rowKey, type RowFacts } from '#renderer/campaigns/model/tree-rows'
import { smallAccount } from './fixtures'

const noFacts: RowFacts = { change: () => undefined, errors: () => 0 }
const index = () => {
  const a = smallAccount()
  return indexAccount(a.campaigns, a.adgroups, a.ads)
}
const keys = (rows: { key: string }[]) => rows.map((r) => r.key)

describe('tree rows', () => {
  it('round-trips row keys, ids included', () => {
    expect(parseRowKey(rowKey('adgroup', 'local-ab:c'))).toEqual({ kind: 'adgroup', id: 'local-ab:c' })
  })

  it('shows campaigns only until one is expanded, then its ad groups and their open ads', () => {
    expect(keys(flattenTree(index(), new Set(), EMPTY_FILTER, noFacts))).toEqual(['campaign:11', 'campaign:12'])
    const rows = flattenTree(index(), new Set(['campaign:11', 'adgroup:21']), EMPTY_FILTER, noFacts)
    expect(keys(rows)).toEqual(['campaign:11', 'adgroup:21', 'ad:31', 'ad:32', 'adgroup:22', 'campaign:12'])
    const g = rows[1]!
    expect(g).toMatchObject({ level: 2, parentKey: 'campaign:11', expanded: true, hasChildren: true, posInSet: 1, setSize: 2 })
    expect(rows[4]).toMatchObject({ hasChildren: false, expanded: false, posInSet: 2 })
  })

  it('finds by name or id, showing the path to each match as context', () => {
    const rows = flattenTree(index(), new Set(), { ...EMPTY_FILTER, query: 'snow' }, noFacts)
    expect(keys(rows)).toEqual(['campaign:12', 'adgroup:23', 'ad:33'])
    expect(rows.map((r) => r.context)).toEqual([true, true, false])
    expect(keys(flattenTree(index(), new Set(), { ...EMPTY_FILTER, query: '32' }, noFacts))).toEqual(['campaign:11', 'adgroup:21', 'ad:32'])
  })

  it('shows a matching row with its subtree as the user left it', () => {
    const rows = flattenTree(index(), new Set(['campaign:11']), { ...EMPTY_FILTER, query: 'spring sale' }, noFacts)
    expect(keys(rows)).toEqual(['campaign:11', 'adgroup:21', 'adgroup:22'])
  })

  it('filters by status, objective and market, inheriting from parents', () => {
    const paused = flattenTree(index(), new Set(), { ...EMPTY_FILTER, statuses: ['DISABLE'] }, noFacts)
    expect(keys(paused)).toEqual(['campaign:11', 'adgroup:22'])
    const reach = flattenTree(index(), new Set(), { ...EMPTY_FILTER, objectives: ['REACH'] }, noFacts)
    expect(keys(reach)).toEqual(['campaign:12'])
    const eu = flattenTree(index(), new Set(['campaign:11']), { ...EMPTY_FILTER, markets: ['EU'] }, noFacts)
    // Markets are the ad groups': the campaign is context, and its US ad group is not listed under "EU".
    expect(keys(eu)).toEqual(['campaign:11', 'adgroup:22'])
    expect(eu.map((r) => r.context)).toEqual([true, false])
    const ea = flattenTree(index(), new Set(), { ...EMPTY_FILTER, markets: ['EAST_ASIA_TEST'] }, noFacts)
    expect(keys(ea)).toEqual(['campaign:12', 'adgroup:23'])
    // Ads are in their ad group's market.
    const us = flattenTree(index(), new Set(['adgroup:21']), { ...EMPTY_FILTER, markets: ['US'] }, noFacts)
    expect(keys(us)).toEqual(['campaign:11', 'adgroup:21', 'ad:31', 'ad:32'])
  })

  it('combines a campaign-name query with a market: that campaign’s ad groups in the market', () => {
    const rows = flattenTree(index(), new Set(), { ...EMPTY_FILTER, query: 'sale', markets: ['EU'] }, noFacts)
    expect(keys(rows)).toEqual(['campaign:11', 'adgroup:22'])
    expect(keys(flattenTree(index(), new Set(), { ...EMPTY_FILTER, query: 'winter', markets: ['EU'] }, noFacts))).toEqual([])
  })

  it('filters by pending change and by errors', () => {
    const facts: RowFacts = {
      change: (k) => (k === 'ad:32' ? 'edited' : undefined),
      errors: (k) => (k === 'adgroup:23' ? 2 : 0),
    }
    expect(keys(flattenTree(index(), new Set(), { ...EMPTY_FILTER, pendingOnly: true }, facts))).toEqual(['campaign:11', 'adgroup:21', 'ad:32'])
    expect(keys(flattenTree(index(), new Set(), { ...EMPTY_FILTER, errorsOnly: true }, facts))).toEqual(['campaign:12', 'adgroup:23'])
  })

  it('leaves out children whose parent is missing', () => {
    const a = smallAccount()
    const idx = indexAccount([a.campaigns[1]!], a.adgroups, a.ads)
    expect(keys(flattenTree(idx, new Set(['campaign:12']), EMPTY_FILTER, noFacts))).toEqual(['campaign:12', 'adgroup:23'])
  })
})
