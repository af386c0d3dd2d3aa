/** The account CSV with Upgraded Smart+ campaigns and ad groups beside manual ones (docs/csv-format.md; issue 12 item 6). */
import { describe, expect, it } from 'vitest'
import { COLUMNS, exportAccountCsv, parseAccountCsv } from '#shared/domain/csv/index'
import { readCsv, writeCsv } from '#shared/domain/csv/rfc4180'
import { createDemoAccount } from '#shared/domain/demo/index'
import { emptyEntitySet, type EntitySet } from '#shared/domain/entity-kinds'
import { SmartPlusAdGroupSchema } from '#shared/domain/smart-plus/adgroup-schema'
import { SmartPlusCampaignSchema } from '#shared/domain/smart-plus/campaign-schema'
import { TargetingSpecSchema } from '#shared/domain/smart-plus/targeting-spec-schema'
import { encodeCell } from '#shared/domain/csv/cells'
import { TEST_NOW } from '#test/helpers/clock'
import { spAdGroup, spCampaign } from '#test/shared/smart-plus/fixtures'

const ADV = '7301000000000000001'
const opts = () => {
  let n = 0
  return { advertiserId: ADV, newId: () => `local-n${++n}` }
}
const demo = createDemoAccount(ADV, TEST_NOW)
const campaign = spCampaign({ campaign_id: '1810000000000000001', request_id: '123456789' })
const auto = spAdGroup({
  campaign_id: campaign.campaign_id,
  adgroup_id: '1820000000000000001',
  suggestion_audience_enabled: true,
  targeting_spec: {
    location_ids: ['6252001', '6251999'],
    spc_audience_age: 'OVER_TWENTY_FIVE',
    languages: ['en'],
    operating_systems: ['IOS'],
    excluded_audience_ids: ['901'],
    age_groups: ['AGE_25_34'],
    actions: [{ action_scene: 'VIDEO_RELATED', action_period: 15, video_user_actions: ['WATCHED_TO_END'], action_category_ids: ['1'] }],
  },
})
const manualMode = spAdGroup({
  campaign_id: campaign.campaign_id,
  adgroup_id: '1820000000000000002',
  adgroup_name: 'US manual',
  targeting_optimization_mode: 'MANUAL',
  targeting_spec: { location_ids: ['6252001'], gender: 'GENDER_FEMALE', device_price_ranges: [0, 500] },
  click_attribution_window: 'SEVEN_DAYS',
})
const account: EntitySet = {
  ...emptyEntitySet(),
  campaigns: demo.campaigns,
  adgroups: demo.adgroups,
  smartPlusCampaigns: [campaign, spCampaign({ campaign_id: '1810000000000000002', campaign_name: 'Empty Smart+' })],
  smartPlusAdgroups: [auto, manualMode],
}

function grid(text = exportAccountCsv(account)) {
  const r = readCsv(text)
  if (!r.ok) throw new Error(r.message)
  const [header, ...rows] = r.records
  const col = (name: string) => {
    const i = header!.indexOf(name)
    if (i < 0) throw new Error(`no column ${name}`)
    return i
  }
  const rowOf = (adgroupName: string) => rows.findIndex((r) => r[col('adgroup_name')] === adgroupName)
  return {
    header: header!,
    rows,
    col,
    rowOf,
    cell: (row: number, name: string) => rows[row]![col(name)]!,
    /** Sets cells of one row by column name. */
    edit: (row: number, cells: Record<string, string>) => {
      for (const [name, value] of Object.entries(cells)) rows[row]![col(name)] = value
    },
    text: () => writeCsv([header!, ...rows]),
  }
}

describe('Smart+ CSV export', () => {
  it('writes Smart+ rows after the manual ones, marked UPGRADED_SMART_PLUS, with targeting_spec flattened into its own columns', () => {
    const g = grid()
    expect(g.header.slice(0, 3)).toEqual(['campaign_id', 'campaign_name', 'campaign_automation_type'])
    expect(g.rows).toHaveLength(demo.adgroups.length + 3)
    const row = g.rowOf('US automatic')
    expect(row).toBe(demo.adgroups.length)
    expect(g.cell(row, 'campaign_automation_type')).toBe('UPGRADED_SMART_PLUS')
    expect(g.cell(row, 'targeting_spec.location_ids')).toBe('6252001;6251999')
    expect(g.cell(row, 'targeting_spec.spc_audience_age')).toBe('OVER_TWENTY_FIVE')
    expect(g.cell(row, 'targeting_spec.excluded_audience_ids')).toBe('901')
    expect(g.cell(row, 'suggestion_audience_enabled')).toBe('true')
    expect(g.cell(row, 'campaign_budget')).toBe('200')
    expect(g.cell(row, 'sales_destination')).toBe('WEBSITE')
    expect(g.cell(row, 'campaign_request_id')).toBe('123456789')
    // The manual targeting columns stay empty on a Smart+ row, and the Smart+ ones on a manual row.
    for (const name of ['location_ids', 'gender', 'age_groups', 'actions']) expect(g.cell(row, name)).toBe('')
    const manualRow = g.rowOf(demo.adgroups[0]!.adgroup_name)
    expect(g.cell(manualRow, 'campaign_automation_type')).toBe('')
    expect(g.cell(manualRow, 'location_ids')).not.toBe('')
    for (const name of g.header.filter((h) => h.startsWith('targeting_spec.'))) expect(g.cell(manualRow, name)).toBe('')
    // A Smart+ campaign without ad groups still gets its row.
    expect(g.rows.some((r) => r[1] === 'Empty Smart+' && r[g.col('adgroup_name')] === '')).toBe(true)
  })

  it('has a column for every Smart+ field a buyer drafts, targeting_spec included', () => {
    const names = new Set(grid().header)
    for (const f of Object.keys(TargetingSpecSchema.shape)) expect(names).toContain(`targeting_spec.${f}`)
    const adgroupFields = Object.keys(SmartPlusAdGroupSchema.shape).filter(
      (f) => !['advertiser_id', 'campaign_id', 'campaign_automation_type', 'targeting_spec'].includes(f),
    )
    for (const f of adgroupFields) expect(names).toContain(f)
    const campaignFields = Object.keys(SmartPlusCampaignSchema.shape).filter((f) => f !== 'advertiser_id')
    const renamed: Record<string, string> = {
      budget_mode: 'campaign_budget_mode',
      budget: 'campaign_budget',
      operation_status: 'campaign_operation_status',
      app_id: 'campaign_app_id',
      request_id: 'campaign_request_id',
    }
    for (const f of campaignFields) expect(names).toContain(renamed[f] ?? f)
  })
})

describe('Smart+ CSV round trip', () => {
  it('gives back the same manual and Smart+ campaigns and ad groups', () => {
    const r = parseAccountCsv(exportAccountCsv(account), opts())
    expect(r.errors).toEqual([])
    expect(r.campaigns).toEqual(account.campaigns)
    expect(r.adgroups).toEqual(account.adgroups)
    expect(r.smartPlusCampaigns).toEqual(account.smartPlusCampaigns)
    expect(r.smartPlusAdgroups).toEqual(account.smartPlusAdgroups)
    expect(r.smartPlusAds).toEqual([])
    const rows = account.adgroups.length + account.smartPlusAdgroups.length + 1
    expect([r.totalRows, r.validRows]).toEqual([rows, rows])
  })

  it('keeps the marker of a manual campaign TikTok reports as MANUAL or SMART_PLUS', () => {
    const marked = [
      { ...demo.campaigns[0]!, campaign_automation_type: 'MANUAL' },
      { ...demo.campaigns[1]!, campaign_automation_type: 'SMART_PLUS' },
    ]
    const r = parseAccountCsv(exportAccountCsv({ campaigns: marked, adgroups: [] }), opts())
    expect(r.errors).toEqual([])
    expect(r.campaigns).toEqual(marked)
    expect(r.smartPlusCampaigns).toEqual([])
  })
})

describe('Smart+ CSV import of edited rows', () => {
  it('reads a new Smart+ row as the plan import does: TikTok defaults for blank mode and status, ignored cells kept', () => {
    const g = grid()
    const row = g.rowOf('US automatic')
    g.edit(row, {
      adgroup_id: '',
      adgroup_name: 'New from the sheet',
      targeting_optimization_mode: '',
      operation_status: '',
      'targeting_spec.languages': 'en;es',
      // A MANUAL-only targeting field on an AUTOMATIC ad group: TikTok ignores it, validation warns; import keeps it.
      'targeting_spec.network_types': 'WIFI',
    })
    const r = parseAccountCsv(g.text(), opts())
    expect(r.errors).toEqual([])
    const made = r.smartPlusAdgroups.find((a) => a.adgroup_name === 'New from the sheet')!
    expect(made).toMatchObject({
      adgroup_id: 'local-n1',
      campaign_id: campaign.campaign_id,
      campaign_automation_type: 'UPGRADED_SMART_PLUS',
      targeting_optimization_mode: 'AUTOMATIC',
      operation_status: 'ENABLE',
    })
    expect(made.targeting_spec.languages).toEqual(['en', 'es'])
    expect(made.targeting_spec.network_types).toEqual(['WIFI'])
  })

  it('reads a new Smart+ campaign from rows with an empty campaign_id and the same name', () => {
    const g = grid()
    for (const name of ['US automatic', 'US manual'])
      g.edit(g.rowOf(name), { campaign_id: '', adgroup_id: '', campaign_request_id: '', campaign_name: 'Spring Smart+' })
    const r = parseAccountCsv(g.text(), opts())
    expect(r.errors).toEqual([])
    const made = r.smartPlusCampaigns.find((c) => c.campaign_name === 'Spring Smart+')!
    expect(made.campaign_id).toMatch(/^local-/)
    expect(r.smartPlusAdgroups.filter((a) => a.campaign_id === made.campaign_id).map((a) => a.adgroup_name)).toEqual(['US automatic', 'US manual'])
  })
})

describe('Smart+ CSV errors name the row and column', () => {
  const errorsAfter = (edits: Record<string, string>, adgroup = 'US automatic') => {
    const g = grid()
    const row = g.rowOf(adgroup)
    g.edit(row, edits)
    const r = parseAccountCsv(g.text(), opts())
    return { r, row: row + 2 }
  }

  it.each([
    ['suggestion_audience_enabled', 'yes', 'suggestion_audience_enabled must be true or false (it is “yes”).'],
    ['roas_bid', 'lots', 'roas_bid must be a decimal number such as 25 or 12.5 (it is “lots”).'],
    ['targeting_spec.device_price_ranges', '0;cheap', 'targeting_spec.device_price_ranges must be decimal numbers separated by “;”'],
    ['targeting_spec.actions', '[{', 'targeting_spec.actions must be a JSON list'],
  ])('a cell that cannot be read: %s', (column, value, message) => {
    const { r, row } = errorsAfter({ [column]: value })
    expect(r.errors).toEqual([{ row, field: column, message: expect.stringContaining(message) }])
    expect(r.errors[0]!.message).toMatch(/^Smart\+ ad group “US automatic”: /)
    expect(r.smartPlusAdgroups.map((a) => a.adgroup_name)).toEqual(['US manual'])
  })

  it.each([
    ['targeting_spec.spc_audience_age', 'OVER_TEN', 'targeting_spec.spc_audience_age'],
    ['targeting_spec.location_ids', '6252001;Tokyo', 'targeting_spec.location_ids[1]'],
    ['targeting_optimization_mode', 'SMART', 'targeting_optimization_mode'],
    ['promotion_type', '', 'promotion_type'],
  ])('a value the Smart+ schema refuses: %s', (column, value, path) => {
    const { r, row } = errorsAfter({ [column]: value })
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toMatchObject({ row, field: column })
    expect(r.errors[0]!.message).toContain(`Smart+ ad group “US automatic”: ${path} `)
  })

  it('a Smart+ campaign cell the schema refuses skips the campaign and its rows', () => {
    const g = grid()
    const row = g.rowOf('US automatic') + 2
    for (const name of ['US automatic', 'US manual']) g.edit(g.rowOf(name), { sales_destination: 'STORE' })
    const r = parseAccountCsv(g.text(), opts())
    expect(r.errors[0]).toMatchObject({ row, field: 'sales_destination' })
    expect(r.errors[0]!.message).toContain('Smart+ campaign “Winter sale Smart+”: sales_destination')
    expect(r.errors[1]).toMatchObject({ row: row + 1, field: 'campaign_id', message: expect.stringContaining(`has errors on row ${row}`) })
    expect(r.smartPlusCampaigns.map((c) => c.campaign_name)).toEqual(['Empty Smart+'])
    expect(r.smartPlusAdgroups).toEqual([])
  })

  it('refuses an unknown campaign_automation_type', () => {
    const { r, row } = errorsAfter({ campaign_automation_type: 'UPGRADED_SMARTPLUS' })
    expect(r.errors[0]).toMatchObject({ row, field: 'campaign_automation_type' })
    expect(r.errors[0]!.message).toContain('must be empty or MANUAL for a manual campaign, or UPGRADED_SMART_PLUS')
  })

  it('refuses a Smart+ ad group row under a manual campaign, naming the Smart+ columns', () => {
    const g = grid()
    const row = g.rowOf(demo.adgroups[0]!.adgroup_name)
    g.edit(row, { targeting_optimization_mode: 'AUTOMATIC', 'targeting_spec.location_ids': '6252001' })
    const r = parseAccountCsv(g.text(), opts())
    expect(r.errors).toEqual([
      {
        row: row + 2,
        field: 'targeting_optimization_mode, targeting_spec.location_ids',
        message: expect.stringContaining('are Upgraded Smart+ ad group columns, but the row is under the manual campaign'),
      },
    ])
    expect(r.adgroups.map((a) => a.adgroup_id)).not.toContain(demo.adgroups[0]!.adgroup_id)
    expect(r.smartPlusAdgroups).toHaveLength(2)
  })

  it('refuses manual targeting columns on a Smart+ ad group row, pointing at its targeting_spec columns', () => {
    const { r, row } = errorsAfter({ gender: 'GENDER_MALE', location_ids: '6252001' })
    expect(r.errors).toEqual([
      {
        row,
        field: 'location_ids, gender',
        message: expect.stringContaining("A Smart+ ad group's targeting goes in targeting_spec.location_ids, targeting_spec.gender."),
      },
    ])
  })

  it('refuses Smart+ campaign columns on a manual campaign, and a row that changes its campaign’s family', () => {
    const g = grid()
    const manualRow = g.rowOf(demo.adgroups[0]!.adgroup_name)
    g.edit(manualRow, { sales_destination: 'WEBSITE' })
    const spRow = g.rowOf('US manual')
    g.edit(spRow, { campaign_automation_type: '' })
    const r = parseAccountCsv(g.text(), opts())
    expect(r.errors.find((e) => e.row === manualRow + 2)).toMatchObject({
      field: 'sales_destination',
      message: expect.stringContaining('is an Upgraded Smart+ column, but campaign_automation_type is not UPGRADED_SMART_PLUS'),
    })
    // The Smart+ campaign's second row now says "manual": it differs from its first row and is skipped.
    expect(r.errors.find((e) => e.row === spRow + 2)).toMatchObject({
      field: 'campaign_automation_type',
      message: expect.stringContaining('Smart+ campaign “Winter sale Smart+”: campaign_automation_type differs from row'),
    })
  })
})

describe('CSV files written before Smart+', () => {
  it('import exactly as before: the old header, without any of the new columns', () => {
    // The header and cells builds before Smart+ wrote: the manual columns only, in their order.
    const lines = [COLUMNS.map((c) => c.name)]
    const byCampaign = new Map(demo.campaigns.map((c) => [c.campaign_id, c]))
    for (const ag of demo.adgroups) {
      const c = byCampaign.get(ag.campaign_id)! as unknown as Record<string, unknown>
      const a = ag as unknown as Record<string, unknown>
      lines.push(COLUMNS.map((col) => encodeCell((col.entity === 'campaign' ? c : a)[col.field], col.kind)) as string[])
    }
    const r = parseAccountCsv(writeCsv(lines), opts())
    expect(r.errors).toEqual([])
    expect(r.campaigns).toEqual(demo.campaigns.filter((c) => demo.adgroups.some((a) => a.campaign_id === c.campaign_id)))
    expect(r.adgroups).toEqual(demo.adgroups)
    expect(r.smartPlusCampaigns).toEqual([])
    expect(r.smartPlusAdgroups).toEqual([])
  })
})
