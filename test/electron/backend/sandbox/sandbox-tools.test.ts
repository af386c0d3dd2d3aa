/** Targeting helpers, audience size, pixels and fault injection. */
import { describe, expect, it } from 'vitest'
import { createFaults } from '#backend/sandbox/faults'
import { fetchAll } from '#backend/tiktok-api/client'
import { ADVERTISER, clientFor, fakeClock, useSandbox } from '#test/helpers/sandbox'
import { INTEREST_CATEGORIES } from '#shared/targeting/taxonomy'

const sandbox = useSandbox()

describe('tool endpoints', () => {
  it('serves regions with GeoNames ids, languages and an interest tree whose children exist', async () => {
    const client = clientFor(await sandbox(), { clock: fakeClock() })
    const { region_info } = await client.regions(ADVERTISER, { placements: ['PLACEMENT_TIKTOK'], objective_type: 'TRAFFIC' })
    const byId = new Map(region_info.map((r) => [r.location_id, r]))
    expect(byId.get('6252001')).toMatchObject({ name: 'United States', region_code: 'US', support_below_18: false })
    expect(byId.get('1861060')).toMatchObject({ name: 'Japan', support_below_18: true })
    expect(byId.get('2921044')).toMatchObject({ name: 'Germany' })
    expect(byId.get('6252001')!.next_level_ids).toContain('5332921')
    const countries = await client.regions(ADVERTISER, { placements: ['PLACEMENT_TIKTOK'], objective_type: 'TRAFFIC', level_range: 'TO_COUNTRY' })
    expect(countries.region_info.every((r) => r.level === 'COUNTRY')).toBe(true)
    await expect(client.regions(ADVERTISER, { placements: [], objective_type: 'TRAFFIC' })).rejects.toMatchObject({ field: 'placements' })

    expect((await client.languages(ADVERTISER)).languages).toContainEqual({ code: 'ja', name: 'Japanese' })
    const { interest_categories } = await client.interestCategories(ADVERTISER)
    const ids = new Set(interest_categories.map((c) => c.interest_category_id))
    for (const c of interest_categories) for (const sub of c.sub_category_ids) expect(ids.has(sub)).toBe(true)
    // The same taxonomy the app drafts and estimates with, so offline drafts name categories the API knows.
    expect([...ids].sort()).toEqual(INTEREST_CATEGORIES.map((c) => c.id).sort())
  })

  it('estimates audiences plausibly: adults only, narrower with more targeting, none for Pangle-only US', async () => {
    const client = clientFor(await sandbox(), { clock: fakeClock() })
    const q = { objective_type: 'TRAFFIC', optimization_goal: 'CLICK' }
    const us = await client.audienceSize(ADVERTISER, { ...q, location_ids: ['6252001'] })
    expect(us.user_count.lower_end).toBeGreaterThan(100_000_000)
    expect(us.user_count.upper_end).toBeGreaterThan(us.user_count.lower_end)
    expect(us.user_count_stage).toBe(4)
    const teens = await client.audienceSize(ADVERTISER, { ...q, location_ids: ['6252001'], age_groups: ['AGE_13_17'] })
    expect(teens.user_count.upper_end).toBe(0)
    const narrow = await client.audienceSize(ADVERTISER, {
      ...q,
      location_ids: ['6252001'],
      age_groups: ['AGE_25_34'],
      gender: 'GENDER_FEMALE',
      interest_category_ids: ['50005'],
      operating_systems: ['IOS'],
    })
    expect(narrow.user_count.upper_end).toBeLessThan(us.user_count.lower_end / 10)
    expect(narrow.user_count_stage).toBe(2)
    const pangleUs = await client.audienceSize(ADVERTISER, {
      ...q,
      location_ids: ['6252001'],
      placement_type: 'PLACEMENT_TYPE_NORMAL',
      placements: ['PLACEMENT_PANGLE'],
    })
    expect(pangleUs.user_count.upper_end).toBe(0)
    await expect(client.audienceSize(ADVERTISER, { objective_type: 'TRAFFIC', location_ids: ['6252001'] } as never)).rejects.toMatchObject({
      field: 'optimization_goal',
    })
  })

  it('lists the demo pixels and refuses page_size above 20', async () => {
    const server = await sandbox()
    const pixels = await fetchAll(clientFor(server, { clock: fakeClock() }).pixelPages(ADVERTISER))
    expect(pixels.map((p) => p.pixel_name)).toEqual(['Northwind web pixel', 'Northwind shop checkout', 'Staging site (no traffic)'])
    const res = await fetch(`${server.baseUrl}/pixel/list/?advertiser_id=${ADVERTISER}&page_size=21`, {
      headers: { 'Access-Token': 'sandbox-demo-token-7301' },
    })
    expect(await res.json()).toMatchObject({ code: 40002, message: expect.stringContaining('page_size') })
  })

  it('lists the demo advertiser for the token', async () => {
    const client = clientFor(await sandbox(), { clock: fakeClock() })
    expect((await client.getAdvertisers()).list).toEqual([{ advertiser_id: ADVERTISER, advertiser_name: 'Northwind Outdoor (demo)' }])
  })
})

describe('fault injection', () => {
  it('draws the same faults for the same seed, honouring probability and next-N', () => {
    const pattern = (seed: number) => {
      const f = createFaults(seed, { rules: [{ endpoint: '/ad/create/', kind: 'error-code', code: 50000, probability: 0.3 }] })
      return Array.from({ length: 40 }, () => f.draw('/ad/create/').length)
    }
    expect(pattern(11)).toEqual(pattern(11))
    expect(pattern(11)).not.toEqual(pattern(12))
    const hits = pattern(11).reduce((a, b) => a + b, 0)
    expect(hits).toBeGreaterThan(4)
    expect(hits).toBeLessThan(24)

    const f = createFaults(1)
    f.add({ endpoint: '*', kind: 'http-status', status: 503, times: 2 })
    expect([f.draw('/a/'), f.draw('/b/'), f.draw('/a/')].map((h) => h.length)).toEqual([1, 1, 0])
    expect(f.list()).toEqual([])
  })

  it('can be changed while the server runs', async () => {
    const server = await sandbox()
    const client = clientFor(server, { clock: fakeClock(), maxAttempts: 1 })
    await expect(client.languages(ADVERTISER)).resolves.toBeDefined()
    server.faults.add({ endpoint: '/tool/language/', kind: 'error-code', code: 60001 })
    await expect(client.languages(ADVERTISER)).rejects.toMatchObject({ kind: 'transient', code: 60001 })
    server.faults.clear()
    await expect(client.languages(ADVERTISER)).resolves.toBeDefined()
  })
})
