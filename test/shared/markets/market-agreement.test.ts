/**
 * Every country and region of the geo table, through every view that puts a
 * location in a market: each must give one answer, the owner's
 * (shared/markets/market-of.ts). Before there was one owner, reach put Norway,
 * Iceland and Liechtenstein in the EU while results put them in "Other", and
 * results put Hong Kong in East Asia while reach left it out of every market.
 */
import { describe, expect, it } from 'vitest'
import { REGION_BY_ID, REGIONS as SANDBOX_REGIONS, countryOf as sandboxCountryOf } from '#backend/sandbox/tool-datasets'
import { newAdGroup, newCampaign } from '#shared/domain/defaults'
import { COUNTRY, DEMO_LOCATIONS } from '#shared/domain/demo/index'
import { marketOf as editorMarketOf } from '#renderer/campaigns/model/markets'
import { EMPTY_FILTER, flattenTree, indexAccount } from '#renderer/campaigns/model/tree-rows'
import { DEFAULT_COMPLIANCE_CONTEXT, locationsByMarket, type ComplianceSubject } from '#shared/markets/compliance/rule'
import { UNSUPPORTED_LOCATIONS } from '#shared/markets/compliance/unsupported'
import { MARKET_OF_COUNTRY, marketOfCountryCode } from '#shared/markets/market-of'
import { ESTIMATED_MARKETS, MARKETS, type Market } from '#shared/markets/markets'
import { estimateReach } from '#shared/reach/estimate'
import { aggregate, emptySums } from '#shared/results/aggregate'
import { toColumns } from '#shared/results/result-columns'
import { COUNTRIES, REGIONS } from '#shared/targeting/geo-data'
import { resolveLocation } from '#shared/targeting/geo'
import { deliversIn } from '#shared/targeting/placements'
import { TEST_NOW } from '#test/helpers/clock'
import { broad } from '../reach/targeting-fixtures'

const ADV = '7301000000000000001'
const LOCATIONS = [...COUNTRIES.map((c) => ({ id: c.id, name: c.name })), ...REGIONS.map((r) => ({ id: r.id, name: r.name }))]
const isoOf = (id: string) => resolveLocation(id)!.country.iso
/** The owner's answer for a location: its country's market. */
const owner = (id: string): Market => marketOfCountryCode(isoOf(id))

const subject = (locationIds: string[]): ComplianceSubject => ({
  adgroup_id: 'local-1',
  adgroup_name: 'Agreement',
  placement_type: 'PLACEMENT_TYPE_NORMAL',
  placements: ['PLACEMENT_TIKTOK'],
  location_ids: locationIds,
  age_groups: ['AGE_18_24'],
  interest_category_ids: [],
  interest_keyword_ids: [],
  actions: [],
})

/** Reach's answer: the one market it estimates the location in, or OTHER when it reports it as not estimated. */
function reachMarkets(id: string): Market[] {
  const r = estimateReach(broad({ location_ids: [id] }))
  return [...r.markets.map((m) => m.market), ...r.unsupported.map((): Market => 'OTHER')]
}

/** Compliance's answer: the markets it groups the location under, and OTHER must be what it flags as unsupported. */
function complianceMarkets(id: string): Market[] {
  const markets = [...locationsByMarket(subject([id]), DEFAULT_COMPLIANCE_CONTEXT).keys()]
  const unsupported = UNSUPPORTED_LOCATIONS.check(subject([id]), DEFAULT_COMPLIANCE_CONTEXT).length > 0
  expect(unsupported, `compliance flags ${id} as unsupported`).toBe(markets.includes('OTHER'))
  return markets
}

/** Results' answer: the breakdown by market of one report row for the location's country code. */
function resultsMarkets(code: string): Market[] {
  const row = {
    day: '2026-03-03',
    entityId: 'c1',
    dimension: 'country' as const,
    key: code,
    metrics: { ...emptySums(), spend: 1, impressions: 100 },
  }
  const view = aggregate(toColumns([row]), { range: { from: '2026-03-03', to: '2026-03-03' }, bucket: 'day', compare: false })
  return view.byMarket.map((b) => b.key)
}

/** The editor's answer: which market filters show a campaign whose only ad group targets the location. */
function editorFilterMarkets(): Map<string, Market[]> {
  const campaigns = LOCATIONS.map((l, i) => ({ ...newCampaign(ADV, `c${i}`), campaign_name: l.name }))
  const adgroups = LOCATIONS.map((l, i) => ({ ...newAdGroup(campaigns[i]!, `g${i}`, TEST_NOW), location_ids: [l.id] }))
  const index = indexAccount(campaigns, adgroups, [])
  const noFacts = { change: () => undefined, errors: () => 0 }
  const out = new Map<string, Market[]>(LOCATIONS.map((l) => [l.id, []]))
  for (const m of MARKETS) {
    // The market filter lists the ad groups in the market (their campaigns are context rows).
    for (const row of flattenTree(index, new Set(), { ...EMPTY_FILTER, markets: [m] }, noFacts)) {
      if (row.kind === 'adgroup') out.get(LOCATIONS[Number(row.id.slice('g'.length))]!.id)!.push(m)
    }
  }
  return out
}

describe('one market per location, everywhere', () => {
  it('decides every country of the geo table explicitly, and nothing the table does not hold', () => {
    expect([...MARKET_OF_COUNTRY.keys()].sort()).toEqual(COUNTRIES.map((c) => c.iso).sort())
    for (const c of COUNTRIES) expect(c.market, c.name).toBe(MARKET_OF_COUNTRY.get(c.iso))
  })

  it('puts the EEA in EU (EU 27 + Norway, Iceland, Liechtenstein), Hong Kong in OTHER, and the UK and Switzerland in OTHER', () => {
    const inMarket = (m: Market) => COUNTRIES.filter((c) => c.market === m).map((c) => c.iso)
    expect(inMarket('EU')).toHaveLength(30)
    expect(inMarket('EU')).toEqual(expect.arrayContaining(['NO', 'IS', 'LI']))
    for (const iso of ['HK', 'GB', 'CH']) expect(marketOfCountryCode(iso), iso).toBe('OTHER')
  })

  it('keeps the cross-app test market inside Pangle’s delivery list, and the US and EU outside it', () => {
    for (const c of COUNTRIES) {
      if (c.market === 'EAST_ASIA_TEST') expect(deliversIn('PLACEMENT_PANGLE', c.iso), c.name).toBe(true)
      if (c.market === 'US' || c.market === 'EU') expect(deliversIn('PLACEMENT_PANGLE', c.iso), c.name).toBe(false)
    }
  })

  it('gives every country and region one answer in reach, compliance, results and the editor, equal to the owner’s', () => {
    const editor = editorFilterMarkets()
    for (const { id, name } of LOCATIONS) {
      const expected = [owner(id)]
      expect(editorMarketOf(id), `editor badge: ${name}`).toBe(expected[0])
      expect(editor.get(id), `editor filter: ${name}`).toEqual(expected)
      expect(reachMarkets(id), `reach: ${name}`).toEqual(expected)
      expect(complianceMarkets(id), `compliance: ${name}`).toEqual(expected)
      expect(resultsMarkets(isoOf(id)), `results: ${name}`).toEqual(expected)
    }
  })

  it('reports a region code (US-CA) in its country’s market, and a country no one decided as OTHER', () => {
    expect(resultsMarkets('US-CA')).toEqual(['US'])
    expect(resultsMarkets('no')).toEqual(['EU'])
    expect(resultsMarkets('ZZ')).toEqual(['OTHER'])
  })

  it('has the sandbox serve only geo-table locations, each in the owner’s market, and report it there', () => {
    for (const r of SANDBOX_REGIONS) {
      const loc = resolveLocation(r.location_id)
      expect(loc, `sandbox region ${r.name} is in the geo table`).toBeDefined()
      expect(r.region_code.slice(0, 2), r.name).toBe(loc!.country.iso)
      expect(r.market, `sandbox market: ${r.name}`).toBe(owner(r.location_id))
      // A report row carries the country's code; results must put it where the sandbox priced it.
      const country = sandboxCountryOf(r.location_id)!
      expect(resultsMarkets(country.region_code), `sandbox report: ${r.name}`).toEqual([country.market])
    }
    // Where the sandbox knows a geo-table location, it agrees; the rest it refuses as unknown, like TikTok would.
    for (const { id } of LOCATIONS) if (REGION_BY_ID.has(id)) expect(sandboxCountryOf(id)!.market).toBe(owner(id))
  })

  it('has the demo account target each market only with countries the owner puts there', () => {
    expect(Object.keys(DEMO_LOCATIONS).sort()).toEqual([...ESTIMATED_MARKETS].sort())
    for (const m of ESTIMATED_MARKETS) {
      expect(DEMO_LOCATIONS[m].length, m).toBeGreaterThan(0)
      for (const id of DEMO_LOCATIONS[m]) expect(owner(id), `demo ${m}: ${id}`).toBe(m)
    }
    // Every demo country is used, in exactly one market.
    expect(Object.values(DEMO_LOCATIONS).flat().sort()).toEqual(Object.values(COUNTRY).sort())
  })
})
