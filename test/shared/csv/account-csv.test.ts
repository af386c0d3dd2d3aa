import { describe, expect, it } from 'vitest'
import { AdGroupSchema, CampaignSchema } from '#shared/domain/entity-schemas'
import { COLUMNS, exportAccountCsv, parseAccountCsv } from '#shared/domain/csv/index'
import { HEADER } from '#shared/domain/csv/header'
import { readCsv, writeCsv } from '#shared/domain/csv/rfc4180'
import { createDemoAccount, generateAccount } from '#shared/domain/demo/index'
import type { AccountEntities } from '#shared/domain/validation/index'

const ADV = '7301000000000000001'
const now = new Date('2026-11-23T18:00:00Z')
const opts = () => {
  let n = 0
  return { advertiserId: ADV, newId: () => `local-c${++n}` }
}
const demo = createDemoAccount(ADV, now)

/** The demo account's CSV as a grid, to edit cells by column name in tests. */
function grid(account: AccountEntities = demo) {
  const r = readCsv(exportAccountCsv(account))
  if (!r.ok) throw new Error(r.message)
  const [header, ...rows] = r.records
  const col = (name: string) => header!.indexOf(name)
  return {
    header: header!,
    rows,
    set: (row: number, name: string, value: string) => void (rows[row]![col(name)] = value),
    text: () => writeCsv([header!, ...rows]),
  }
}

describe('CSV columns', () => {
  it('cover every campaign and ad group field except the advertiser id, prefixing only colliding campaign fields', () => {
    const names = COLUMNS.map((c) => c.name)
    expect(names.slice(0, 6)).toEqual([
      'campaign_id',
      'campaign_name',
      'objective_type',
      'campaign_budget_mode',
      'campaign_budget',
      'campaign_operation_status',
    ])
    const firstAdgroup = COLUMNS.findIndex((c) => c.entity === 'adgroup')
    expect(names.slice(firstAdgroup, firstAdgroup + 2)).toEqual(['adgroup_id', 'adgroup_name'])
    const fields = (entity: string) =>
      COLUMNS.filter((c) => c.entity === entity)
        .map((c) => c.field)
        .sort()
    expect(fields('campaign')).toEqual(
      Object.keys(CampaignSchema.shape)
        // The automation type is TikTok's marker of Smart+ objects (read-only), not something a plan drafts.
        .filter((k) => k !== 'advertiser_id' && k !== 'campaign_automation_type')
        .sort(),
    )
    expect(fields('adgroup')).toEqual(
      Object.keys(AdGroupSchema.shape)
        .filter((k) => k !== 'advertiser_id' && k !== 'campaign_id' && k !== 'campaign_automation_type')
        .sort(),
    )
    expect(new Set(names).size).toBe(names.length)
  })
})

describe('exportAccountCsv', () => {
  it('writes a header and one row per ad group, lists with “;” and actions as JSON', () => {
    const g = grid()
    expect(g.rows).toHaveLength(demo.adgroups.length)
    const asia = g.rows.find((r) => r.includes('Trail Shoes Asia test 18-34'))!
    expect(asia[g.header.indexOf('location_ids')]).toBe('1861060;1835841;1668284;1605651;1643084;1562822')
    expect(asia[g.header.indexOf('placements')]).toBe('PLACEMENT_TIKTOK;PLACEMENT_PANGLE')
    const us = g.rows.find((r) => r.includes('Trail Shoes US 25-44'))!
    expect(JSON.parse(us[g.header.indexOf('actions')]!)).toEqual(demo.adgroups[0]!.actions)
  })

  it('gives a campaign without ad groups one row with empty ad group cells', () => {
    const lonely = { ...demo.campaigns[0]!, campaign_id: '1899', campaign_name: 'No ad groups yet' }
    const g = grid({ campaigns: [lonely], adgroups: [], ads: [] })
    expect(g.rows).toHaveLength(1)
    expect(g.rows[0]!.slice(COLUMNS.findIndex((c) => c.entity === 'adgroup')).every((c) => c === '')).toBe(true)
    const r = parseAccountCsv(g.text(), opts())
    expect(r.errors).toEqual([])
    expect(r.campaigns).toEqual([lonely])
    expect([r.totalRows, r.validRows]).toEqual([1, 1])
  })
})

describe('parseAccountCsv round trip', () => {
  const accounts = [
    ['demo', demo],
    ['generated', generateAccount({ advertiserId: ADV, campaigns: 30, adgroupsPerCampaign: 4, adsPerAdgroup: 0, seed: 3 })],
    ['generated, another seed', generateAccount({ advertiserId: ADV, campaigns: 10, adgroupsPerCampaign: 7, adsPerAdgroup: 0, seed: 99 })],
  ] as const
  it.each(accounts)('gives back the same campaigns and ad groups (%s)', (_, account) => {
    const r = parseAccountCsv(exportAccountCsv(account), opts())
    expect(r.errors).toEqual([])
    expect(r.campaigns).toEqual(account.campaigns)
    expect(r.adgroups).toEqual(account.adgroups)
    expect(r.ads).toEqual([])
    expect([r.totalRows, r.validRows]).toEqual([account.adgroups.length, account.adgroups.length])
  })

  it('round-trips awkward text: commas, quotes, line breaks, CJK and leading spaces', () => {
    const c = { ...demo.campaigns[0]!, campaign_name: ' 夏のセール, "best" deals\nline two' }
    const ag = { ...demo.adgroups[0]!, adgroup_name: 'Tokyo, JP "A/B"' }
    const r = parseAccountCsv(exportAccountCsv({ campaigns: [c], adgroups: [ag], ads: [] }), opts())
    expect(r.errors).toEqual([])
    expect(r.campaigns).toEqual([c])
    expect(r.adgroups).toEqual([ag])
  })

  it('writes names that a spreadsheet would run as formulas as text, and reads back the original names', () => {
    const names = ['=HYPERLINK("https://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', "'=already quoted", '\tTab']
    const campaigns = names.map((campaign_name, i) => ({ ...demo.campaigns[0]!, campaign_id: `173000000000000${i}`, campaign_name }))
    const text = exportAccountCsv({ campaigns, adgroups: [], ads: [] })
    const cells = text
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(',')[1])
    // Every name cell starts with a quote and an apostrophe: the spreadsheet shows text, never runs it.
    for (const cell of cells) expect(cell).toMatch(/^"'/)
    const r = parseAccountCsv(text, opts())
    expect(r.errors).toEqual([])
    expect(r.campaigns.map((c) => c.campaign_name)).toEqual(names)
  })

  it('reads a file saved with LF line ends and a byte order mark', () => {
    const text = `\uFEFF${exportAccountCsv(demo).replaceAll('\r\n', '\n')}`
    expect(parseAccountCsv(text, opts()).adgroups).toEqual(demo.adgroups)
  })
})

describe('parseAccountCsv errors', () => {
  it('names the row (header is row 1) and column of a bad cell, and keeps the other rows', () => {
    const g = grid()
    g.set(1, 'budget', 'forty')
    const r = parseAccountCsv(g.text(), opts())
    expect(r.errors).toEqual([
      {
        row: 3,
        field: 'budget',
        message: `Ad group “${demo.adgroups[1]!.adgroup_name}”: budget must be a decimal number such as 25 or 12.5 (it is “forty”).`,
      },
    ])
    expect(r.adgroups).toHaveLength(demo.adgroups.length - 1)
    expect([r.totalRows, r.validRows]).toEqual([demo.adgroups.length, demo.adgroups.length - 1])
  })

  it('explains bad enum values and list entries using the column name', () => {
    const g = grid()
    g.set(0, 'campaign_budget_mode', 'DAILY')
    g.set(3, 'placements', 'PLACEMENT_TIKTOK;INSTAGRAM')
    const r = parseAccountCsv(g.text(), opts())
    expect(r.errors.find((e) => e.row === 2)).toMatchObject({ field: 'campaign_budget_mode' })
    expect(r.errors.find((e) => e.row === 2)!.message).toContain('campaign_budget_mode must be one of BUDGET_MODE_INFINITE')
    expect(r.errors.find((e) => e.row === 5)!.message).toContain('placements[1] must be one of PLACEMENT_TIKTOK')
  })

  it('skips the other rows of a campaign with errors, saying why', () => {
    const g = grid()
    for (const row of [0, 1, 2]) g.set(row, 'objective_type', 'SALES') // all three rows of campaign 1
    const r = parseAccountCsv(g.text(), opts())
    expect(r.errors.map((e) => [e.row, e.field])).toEqual([
      [2, 'objective_type'],
      [3, 'campaign_id'],
      [4, 'campaign_id'],
    ])
    expect(r.campaigns).toHaveLength(demo.campaigns.length - 1)
  })

  it('requires rows of one campaign to agree on the campaign columns', () => {
    const g = grid()
    g.set(1, 'campaign_budget', '999')
    g.set(1, 'campaign_name', 'Renamed')
    const r = parseAccountCsv(g.text(), opts())
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toMatchObject({ row: 3, field: 'campaign_name, campaign_budget' })
    expect(r.errors[0]!.message).toContain('differ from row 2, which describes the same campaign')
  })

  it('groups new campaigns (no id) by name and gives new entities local ids', () => {
    const g = grid()
    for (const row of [0, 1, 2]) {
      g.set(row, 'campaign_id', '')
      g.set(row, 'adgroup_id', '')
    }
    const r = parseAccountCsv(g.text(), opts())
    expect(r.errors).toEqual([])
    expect(r.campaigns[0]!.campaign_id).toBe('local-c1')
    expect(r.adgroups.slice(0, 3).map((a) => [a.adgroup_id, a.campaign_id])).toEqual([
      ['local-c2', 'local-c1'],
      ['local-c3', 'local-c1'],
      ['local-c4', 'local-c1'],
    ])
  })

  it('names unknown columns but still reads the rows', () => {
    const g = grid()
    const withColumn =
      `${g.header.join(',').replace('campaign_id,', 'campaign_id,colour,')}\r\n` +
      g.rows.map((r) => writeCsv([[r[0]!, 'red', ...r.slice(1)]])).join('')
    const r = parseAccountCsv(withColumn, opts())
    expect(r.errors).toEqual([
      { row: 1, field: 'colour', message: "Unknown column colour: not imported. Columns are named after TikTok's fields; check the spelling." },
    ])
    expect(r.adgroups).toEqual(demo.adgroups)
  })

  it('refuses a file that lacks a required column, and reads one that lacks optional ones', () => {
    const drop = (names: string[]) => {
      const g = grid()
      const keep = g.header.map((h, i) => (names.includes(h) ? -1 : i)).filter((i) => i >= 0)
      return writeCsv([g.header, ...g.rows].map((r) => keep.map((i) => r[i]!)))
    }
    const r = parseAccountCsv(drop(['objective_type', 'pacing']), opts())
    expect(r.errors).toEqual([
      { row: 1, field: 'objective_type, pacing', message: 'Required columns missing: objective_type, pacing. No row can be read without them.' },
    ])
    expect([r.totalRows, r.validRows, r.campaigns.length]).toEqual([demo.adgroups.length, 0, 0])

    const lean = parseAccountCsv(drop(['dayparting', 'languages', 'campaign_type', 'campaign_id', 'adgroup_id']), opts())
    expect(lean.errors).toEqual([])
    expect(lean.adgroups).toHaveLength(demo.adgroups.length)
  })

  it('reports rows with the wrong number of cells, duplicate ad groups and an unclosed quote', () => {
    const g = grid()
    const text = g.text()
    const lines = text.split('\r\n')
    // Row 3 loses cells; the last row repeats row 2's ad group.
    const broken = [...lines.slice(0, 2), lines[2]!.split(',').slice(0, 5).join(','), ...lines.slice(3, -1), lines[1], ''].join('\r\n')
    const r = parseAccountCsv(broken, opts())
    expect(r.errors.map((e) => e.row)).toEqual([3, lines.length])
    expect(r.errors[0]!.message).toMatch(/^Row 3 has 5 cells where the header has \d+/)
    expect(r.errors[1]!.message).toContain('appears on an earlier row too')

    expect(parseAccountCsv('campaign_id,campaign_name\r\n1,"Spring', opts()).errors).toEqual([
      { row: 2, field: '', message: 'Row 2: a quoted cell is never closed (a " is missing). The file cannot be read past it.' },
    ])
    expect(parseAccountCsv('', opts()).errors[0]!.message).toMatch(/^The file is empty/)
  })

  it('reads actions from a JSON cell and says so when it is not JSON', () => {
    const g = grid()
    g.set(0, 'actions', '[{action_scene: VIDEO_RELATED}]')
    const r = parseAccountCsv(g.text(), opts())
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toMatchObject({ row: 2, field: 'actions' })
    expect(r.errors[0]!.message).toContain('not valid JSON')
  })
})

describe('docs/csv-format.md', () => {
  it('lists every column, Smart+ ones included', async () => {
    const { readFileSync } = await import('node:fs')
    const doc = readFileSync(new URL('../../../docs/csv-format.md', import.meta.url), 'utf8')
    for (const name of HEADER) expect(doc).toContain(`| \`${name}\` |`)
  })
})

describe('audience columns', () => {
  it('writes and reads back included and excluded audiences and Pangle packages; empty cells mean none', () => {
    const g = grid()
    g.set(0, 'audience_ids', '7101;local-vip')
    g.set(0, 'excluded_audience_ids', '7102')
    g.set(0, 'included_pangle_audience_package_ids', '7100000000000000001')
    const r = parseAccountCsv(g.text(), opts())
    expect(r.errors).toEqual([])
    expect(r.adgroups[0]).toMatchObject({
      audience_ids: ['7101', 'local-vip'],
      excluded_audience_ids: ['7102'],
      included_pangle_audience_package_ids: ['7100000000000000001'],
    })
    expect(r.adgroups[0]!.excluded_pangle_audience_package_ids).toBeUndefined()
    expect(r.adgroups[1]!.audience_ids).toBeUndefined()
    const again = parseAccountCsv(exportAccountCsv({ ...demo, campaigns: r.campaigns, adgroups: r.adgroups, ads: [] }), opts())
    expect(again.adgroups[0]!.audience_ids).toEqual(['7101', 'local-vip'])
  })

  it('names the column of a bad audience id', () => {
    const g = grid()
    g.set(0, 'excluded_audience_ids', 'VIP list')
    const r = parseAccountCsv(g.text(), opts())
    expect(r.errors[0]).toMatchObject({ row: 2, field: 'excluded_audience_ids' })
    expect(r.errors[0]!.message).toMatch(/local id such as/)
  })
})

describe('promotion columns', () => {
  it('writes and reads back the promotion fields', () => {
    const g = grid()
    const app = g.rows.find((r) => r[g.header.indexOf('objective_type')] === 'APP_PROMOTION')!
    expect(app[g.header.indexOf('app_promotion_type')]).toBe('APP_INSTALL')
    expect(app[g.header.indexOf('promotion_type')]).toMatch(/^APP_(IOS|ANDROID)$/)
    const r = parseAccountCsv(g.text(), opts())
    expect(r.errors).toEqual([])
    expect(r.adgroups.map((a) => [a.promotion_type, a.app_id, a.promotion_target_type])).toEqual(
      demo.adgroups.map((a) => [a.promotion_type, a.app_id, a.promotion_target_type]),
    )
  })

  it('reads PAGE_VISITS written by an older build as PAGE_VISIT', () => {
    const g = grid()
    g.set(0, 'optimization_goal', 'PAGE_VISITS')
    const r = parseAccountCsv(g.text(), opts())
    expect(r.errors).toEqual([])
    expect(r.adgroups[0]!.optimization_goal).toBe('PAGE_VISIT')
  })
})
