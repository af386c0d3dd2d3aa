import { describe, expect, it } from 'vitest'
import { fileSlug } from '#backend/accounts/account-transfer'
import type { AccountDelta, AccountSnapshot, ImportPreview } from '#shared/domain/account'
import { DEMO_ADVERTISERS } from '#shared/domain/demo-account'
import { exportAccountCsv } from '#shared/domain/csv/index'
import { useAppServices, valueOf } from '#test/helpers/app-services'
import { smartPlusDraft } from '#test/helpers/sync'
import type { Audience } from '#shared/audiences/schemas'
import { planAudiences } from '#test/helpers/plan-audiences'
import { hashedFile } from '#test/helpers/sandbox-audiences'

const startServices = useAppServices()
const DEMO = DEMO_ADVERTISERS[0]!.advertiser_id
const NOW = new Date('2026-11-23T12:00:00.000Z')
const services = () => startServices({ now: () => NOW })
type Plan = { advertiser_id: string; campaigns: Array<Record<string, unknown> & { adgroups: Array<Record<string, unknown>> }> }

describe('account export and import (plan files)', () => {
  it('names the export after the advertiser and the day', async () => {
    const s = services()
    const file = valueOf<{ fileName: string; content: string }>(await s.dispatch('account:export', { advertiserId: DEMO, format: 'json' }))
    expect(file.fileName).toBe('northwind-outdoor-2026-11-23.adwright.json')
    expect((JSON.parse(file.content) as Plan).advertiser_id).toBe(DEMO)
    expect(fileSlug('Café Été — Spring/Summer')).toBe('cafe-ete-spring-summer')
  })

  it('previews an exported plan as all valid, and re-importing it changes nothing', async () => {
    const s = services()
    const snap = valueOf<AccountSnapshot>(await s.dispatch('account:open', { advertiserId: DEMO }))
    const { content } = valueOf<{ content: string }>(await s.dispatch('account:export', { advertiserId: DEMO, format: 'json' }))
    const preview = valueOf<ImportPreview>(await s.dispatch('account:import-preview', { advertiserId: DEMO, format: 'json', content }))
    expect(preview).toMatchObject({
      format: 'json',
      campaigns: snap.campaigns.length,
      adgroups: snap.adgroups.length,
      ads: snap.ads.length,
      errors: [],
    })
    const same = valueOf<AccountDelta>(
      await s.dispatch('account:import-apply', { advertiserId: DEMO, format: 'json', content, validRowsOnly: false }),
    )
    expect(same.pending).toEqual({ upserted: [], removed: [] })
    expect(same.undo.canUndo).toBe(false)
  })

  it('applies edited and new entries as one undo step', async () => {
    const s = services()
    const { content } = valueOf<{ content: string }>(await s.dispatch('account:export', { advertiserId: DEMO, format: 'json' }))
    const plan = JSON.parse(content) as Plan
    plan.campaigns[0]!.budget = 777
    const { campaign_id: _id, ...copy } = plan.campaigns[1]!
    plan.campaigns.push({ ...copy, campaign_name: 'Imported copy', adgroups: [] })
    const delta = valueOf<AccountDelta>(
      await s.dispatch('account:import-apply', { advertiserId: DEMO, format: 'json', content: JSON.stringify(plan), validRowsOnly: false }),
    )
    expect(delta.pending.upserted.map((p) => [p.change, p.fields])).toEqual([
      ['edited', ['budget']],
      ['created', []],
    ])
    expect(delta.createdIds).toHaveLength(1)
    expect(delta.createdIds[0]).toMatch(/^local-/)
    const groups = plan.campaigns.reduce((n, c) => n + c.adgroups.length, 0)
    expect(delta.undo.undoLabel).toMatch(new RegExp(`^Import ${plan.campaigns.length} campaigns, ${groups} ad groups and \\d+ ads$`))
    const undone = valueOf<AccountDelta>(await s.dispatch('account:undo', { advertiserId: DEMO }))
    expect(undone.pending.upserted).toEqual([])
    expect(undone.pending.removed).toHaveLength(2)
  })

  it('refuses a file with errors unless asked for the valid rows only', async () => {
    const s = services()
    const { content } = valueOf<{ content: string }>(await s.dispatch('account:export', { advertiserId: DEMO, format: 'json' }))
    const plan = JSON.parse(content) as Plan
    plan.campaigns[0]!.budget = 321
    plan.campaigns[1]!.objective_type = 'WIN_THE_LOTTERY'
    const bad = JSON.stringify(plan)
    const preview = valueOf<ImportPreview>(await s.dispatch('account:import-preview', { advertiserId: DEMO, format: 'json', content: bad }))
    expect(preview.errors.length).toBeGreaterThan(0)
    expect(preview.validRows).toBeLessThan(preview.totalRows)
    const refused = await s.dispatch('account:import-apply', { advertiserId: DEMO, format: 'json', content: bad, validRowsOnly: false })
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', message: expect.stringContaining('nothing was imported') } })
    expect(valueOf<AccountSnapshot>(await s.dispatch('account:open', { advertiserId: DEMO })).pending).toEqual([])
    const applied = valueOf<AccountDelta>(
      await s.dispatch('account:import-apply', { advertiserId: DEMO, format: 'json', content: bad, validRowsOnly: true }),
    )
    expect(applied.pending.upserted).toEqual([expect.objectContaining({ change: 'edited', fields: ['budget'] })])
  })

  it('refuses invalid import and export requests', async () => {
    const s = services()
    for (const [channel, payload, path] of [
      ['account:export', { advertiserId: DEMO, format: 'xlsx' }, 'format'],
      ['account:import-preview', { advertiserId: DEMO, format: 'json' }, 'content'],
      ['account:import-apply', { advertiserId: DEMO, format: 'json', content: '{}' }, 'validRowsOnly'],
    ] as const) {
      const r = await s.dispatch(channel, payload)
      expect(r.ok ? [] : r.error.issues?.map((i) => i.path)).toContain(path)
    }
  })

  it('exports campaigns and ad groups as CSV and re-imports an edited CSV as one step', async () => {
    const s = services()
    const snap = valueOf<AccountSnapshot>(await s.dispatch('account:open', { advertiserId: DEMO }))
    const file = valueOf<{ fileName: string; content: string }>(await s.dispatch('account:export', { advertiserId: DEMO, format: 'csv' }))
    expect(file.fileName).toBe('northwind-outdoor-2026-11-23.csv')
    const preview = valueOf<ImportPreview>(await s.dispatch('account:import-preview', { advertiserId: DEMO, format: 'csv', content: file.content }))
    expect(preview).toMatchObject({ format: 'csv', campaigns: snap.campaigns.length, adgroups: snap.adgroups.length, ads: 0, errors: [] })
    const same = valueOf<AccountDelta>(
      await s.dispatch('account:import-apply', { advertiserId: DEMO, format: 'csv', content: file.content, validRowsOnly: false }),
    )
    expect(same.pending).toEqual({ upserted: [], removed: [] })

    const group = snap.adgroups[0]!
    const lines = file.content.split(/\r?\n/)
    const header = lines[0]!.split(',')
    const row = lines.findIndex((l) => l.includes(group.adgroup_id))
    const cells = lines[row]!.split(',')
    cells[header.indexOf('adgroup_name')] = 'Renamed in a spreadsheet'
    lines[row] = cells.join(',')
    const delta = valueOf<AccountDelta>(
      await s.dispatch('account:import-apply', { advertiserId: DEMO, format: 'csv', content: lines.join('\r\n'), validRowsOnly: false }),
    )
    expect(delta.pending.upserted).toEqual([
      { kind: 'adgroup', id: group.adgroup_id, name: 'Renamed in a spreadsheet', change: 'edited', fields: ['adgroup_name'] },
    ])
    expect(delta.undo.undoLabel).toBe(`Import ${snap.campaigns.length} campaigns and ${snap.adgroups.length} ad groups`)
  })

  it('imports Smart+ campaigns and ad groups from a CSV, and a re-export imports back with no changes', async () => {
    const s = services()
    const snap = valueOf<AccountSnapshot>(await s.dispatch('account:open', { advertiserId: DEMO }))
    const draft = smartPlusDraft('app', 2)
    const withSmartPlus = exportAccountCsv({ ...snap, smartPlusCampaigns: draft.smartPlusCampaigns, smartPlusAdgroups: draft.smartPlusAdgroups })
    const added = valueOf<AccountDelta>(
      await s.dispatch('account:import-apply', { advertiserId: DEMO, format: 'csv', content: withSmartPlus, validRowsOnly: false }),
    )
    expect(added.pending.upserted.map((p) => [p.kind, p.id, p.change])).toEqual([
      ['smart_plus_campaign', draft.smartPlusCampaigns[0]!.campaign_id, 'created'],
      ...draft.smartPlusAdgroups.map((g) => ['smart_plus_adgroup', g.adgroup_id, 'created']),
    ])

    const file = valueOf<{ content: string }>(await s.dispatch('account:export', { advertiserId: DEMO, format: 'csv' }))
    const preview = valueOf<ImportPreview>(await s.dispatch('account:import-preview', { advertiserId: DEMO, format: 'csv', content: file.content }))
    expect(preview).toMatchObject({ campaigns: snap.campaigns.length + 1, adgroups: snap.adgroups.length + 2, errors: [] })
    const same = valueOf<AccountDelta>(
      await s.dispatch('account:import-apply', { advertiserId: DEMO, format: 'csv', content: file.content, validRowsOnly: false }),
    )
    expect(same.pending).toEqual({ upserted: [], removed: [] })
    expect(same.undo.undoLabel).toBe(added.undo.undoLabel)
  })

  it('refuses a CSV that turns an existing manual campaign into a Smart+ one, keeping the account as it was', async () => {
    const s = services()
    const snap = valueOf<AccountSnapshot>(await s.dispatch('account:open', { advertiserId: DEMO }))
    const c = snap.campaigns.find((x) => x.objective_type === 'WEB_CONVERSIONS') ?? snap.campaigns[0]!
    const flipped = exportAccountCsv({
      campaigns: [],
      adgroups: [],
      smartPlusCampaigns: [
        {
          advertiser_id: DEMO,
          campaign_id: c.campaign_id,
          campaign_automation_type: 'UPGRADED_SMART_PLUS',
          campaign_name: c.campaign_name,
          objective_type: 'WEB_CONVERSIONS',
          budget_mode: 'BUDGET_MODE_DYNAMIC_DAILY_BUDGET',
          budget: 100,
          operation_status: 'ENABLE',
        },
      ],
    })
    // Said in the preview, before anything is applied, as an error on that row.
    const preview = valueOf<ImportPreview>(await s.dispatch('account:import-preview', { advertiserId: DEMO, format: 'csv', content: flipped }))
    expect(preview.errors).toEqual([
      expect.objectContaining({
        field: 'campaign_automation_type',
        message: expect.stringContaining(`Smart+ campaign ${c.campaign_id} is a campaign in the account`),
      }),
    ])
    expect(preview.validRows).toBe(0)
    const refused = await s.dispatch('account:import-apply', { advertiserId: DEMO, format: 'csv', content: flipped, validRowsOnly: false })
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', message: expect.stringContaining('nothing was imported') } })
    // "Valid rows only" leaves that row out rather than making a second object with its id.
    valueOf(await s.dispatch('account:import-apply', { advertiserId: DEMO, format: 'csv', content: flipped, validRowsOnly: true }))
    const after = valueOf<AccountSnapshot>(await s.dispatch('account:open', { advertiserId: DEMO }))
    expect(after.campaigns).toEqual(snap.campaigns)
    expect(after.smartPlusCampaigns).toEqual(snap.smartPlusCampaigns)
  })
})

describe('plan files and the advertiser’s audiences (app Export / Import)', () => {
  it('exports the audience list, and imports a plan’s audiences with the ad groups that name them', async () => {
    const s = services()
    const [vip, buyers, , engaged] = planAudiences()
    // A customer-file draft with its hashed file in the store, and a rule audience.
    await s.dispatch('audiences:save-customer-file', { advertiserId: DEMO, audience: vip!, hashed: hashedFile(10) })
    await s.dispatch('audiences:save', { advertiserId: DEMO, audience: buyers! })
    const { content } = valueOf<{ content: string }>(await s.dispatch('account:export', { advertiserId: DEMO, format: 'json' }))
    const plan = JSON.parse(content) as Plan & { audiences: Array<Record<string, unknown>> }
    expect(plan.audiences.map((a) => a.audience_id)).toEqual(['local-vip', 'local-buyers'])
    expect(content).not.toContain('example.com')

    // The same file with one more audience, named by an ad group: imported together.
    plan.audiences.push(engaged as unknown as Record<string, unknown>)
    plan.campaigns[0]!.adgroups[0]!.audience_ids = ['local-engaged']
    const more = JSON.stringify(plan)
    expect(valueOf<ImportPreview>(await s.dispatch('account:import-preview', { advertiserId: DEMO, format: 'json', content: more })).errors).toEqual(
      [],
    )
    await s.dispatch('account:import-apply', { advertiserId: DEMO, format: 'json', content: more, validRowsOnly: false })
    const list = valueOf<Audience[]>(await s.dispatch('audiences:list', { advertiserId: DEMO }))
    expect(list.map((a) => a.audience_id)).toEqual(['local-vip', 'local-buyers', 'local-engaged'])
    const snap = valueOf<AccountSnapshot>(await s.dispatch('account:open', { advertiserId: DEMO }))
    expect(snap.adgroups.find((g) => g.adgroup_id === plan.campaigns[0]!.adgroups[0]!.adgroup_id)!.audience_ids).toEqual(['local-engaged'])

    // A customer-file draft the store has no hashed file for cannot be imported here: the CLI hashes CSVs.
    plan.audiences.push({ ...(vip as unknown as Record<string, unknown>), audience_id: 'local-other', file_path: 'crm.csv' })
    const preview = valueOf<ImportPreview>(
      await s.dispatch('account:import-preview', { advertiserId: DEMO, format: 'json', content: JSON.stringify(plan) }),
    )
    expect(preview.errors).toEqual([
      expect.objectContaining({ row: 'audiences[3].file_path', message: expect.stringMatching(/no hashed file for local-other/) }),
    ])
  })
})
