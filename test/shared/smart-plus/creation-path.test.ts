import { describe, expect, it } from 'vitest'
import { CREATION_PATHS, creationPathFor, creationRuleFor, type CreationPathRow } from '#shared/domain/smart-plus/index'
import { newCampaignChoices } from '#shared/domain/smart-plus/creation-path'
import { TEST_NOW } from '#test/helpers/clock'

const DAY_MS = 86_400_000
/** The first instant of the table's Smart+ date, found from the table rather than written here. */
const switchAt = new Date(Math.max(...CREATION_PATHS.filter((r) => r.path === 'smart_plus').map((r) => Date.parse(r.from))))
const justBefore = new Date(switchAt.getTime() - 1)

describe('creation path', () => {
  it('switches the Smart+ objectives at the start of 2027-01-01 UTC, and only those', () => {
    expect(switchAt.toISOString()).toBe('2027-01-01T00:00:00.000Z')
    for (const objective of ['WEB_CONVERSIONS', 'APP_PROMOTION', 'LEAD_GENERATION'] as const) {
      expect(creationPathFor(objective, justBefore)).toBe('manual')
      expect(creationPathFor(objective, switchAt)).toBe('smart_plus')
    }
    for (const objective of ['REACH', 'TRAFFIC', 'VIDEO_VIEWS', 'ENGAGEMENT', 'PRODUCT_SALES'] as const)
      expect(creationPathFor(objective, new Date(switchAt.getTime() + 365 * DAY_MS))).toBe('manual')
  })

  it('answers from the instant it is given (the pinned test clock is before the switch)', () => {
    expect(TEST_NOW.getTime()).toBeLessThan(switchAt.getTime())
    expect(creationPathFor('WEB_CONVERSIONS', TEST_NOW)).toBe('manual')
    expect(creationPathFor('WEB_CONVERSIONS', new Date(TEST_NOW.getTime() + 60 * DAY_MS))).toBe('smart_plus')
  })

  it('names its source and confidence for every row', () => {
    const rule = creationRuleFor('LEAD_GENERATION', switchAt)
    expect(rule).toMatchObject({ path: 'smart_plus', confidence: 'Medium-High', source: expect.stringContaining('1853452461203458') })
    for (const row of CREATION_PATHS) expect(row.source.length).toBeGreaterThan(0)
  })

  it('follows a changed table: a moved date or a widened scope is a data change', () => {
    const moved: CreationPathRow[] = [
      { objective: 'TRAFFIC', from: '1970-01-01T00:00:00.000Z', path: 'manual', source: 'test', confidence: 'High' },
      { objective: 'TRAFFIC', from: new Date(TEST_NOW.getTime() + DAY_MS).toISOString(), path: 'smart_plus', source: 'test', confidence: 'Low' },
    ]
    expect(creationPathFor('TRAFFIC', TEST_NOW, moved)).toBe('manual')
    expect(creationPathFor('TRAFFIC', new Date(TEST_NOW.getTime() + DAY_MS), moved)).toBe('smart_plus')
    expect(creationPathFor('REACH', TEST_NOW, moved)).toBe('manual')
  })

  it('offers each objective on the paths open at the instant: both ways before the switch, Smart+ only after', () => {
    const paths = (at: Date, objective: string) =>
      newCampaignChoices(at)
        .filter((c) => c.objective === objective)
        .map((c) => c.path)
    expect(paths(justBefore, 'WEB_CONVERSIONS')).toEqual(['manual', 'smart_plus'])
    expect(newCampaignChoices(justBefore).find((c) => c.objective === 'WEB_CONVERSIONS')!.note).toContain('until 2026-12-31')
    expect(paths(switchAt, 'WEB_CONVERSIONS')).toEqual(['smart_plus'])
    expect(newCampaignChoices(switchAt).find((c) => c.objective === 'LEAD_GENERATION')!.note).toContain('since 2027-01-01')
    expect(paths(switchAt, 'TRAFFIC')).toEqual(['manual'])
    expect(newCampaignChoices(switchAt).find((c) => c.objective === 'TRAFFIC')!.note).toMatch(/may end manual creation/)
    // A changed table changes the menu: TRAFFIC moved to Smart+ in a month.
    const later = new Date(switchAt.getTime() + 30 * DAY_MS)
    const table: CreationPathRow[] = [
      ...CREATION_PATHS,
      { objective: 'TRAFFIC', from: later.toISOString(), path: 'smart_plus', source: 'test', confidence: 'Low' },
    ]
    expect(
      newCampaignChoices(switchAt, table)
        .filter((c) => c.objective === 'TRAFFIC')
        .map((c) => c.path),
    ).toEqual(['manual', 'smart_plus'])
    expect(
      newCampaignChoices(later, table)
        .filter((c) => c.objective === 'TRAFFIC')
        .map((c) => c.path),
    ).toEqual(['smart_plus'])
  })
})
