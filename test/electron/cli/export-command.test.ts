/** `export` writes what the app's Export writes: the pulled account, re-readable as a plan or a CSV. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runExportCommand } from '../../../electron/cli/export-command'
import { runPullCommand } from '../../../electron/cli/pull-command'
import { SANDBOX_DEMO_TOKEN } from '#backend/sandbox/server'
import { parseAccountCsv } from '#shared/domain/csv/index'
import { parsePlan } from '#shared/domain/plan/index'
import { testNow } from '#test/helpers/clock'
import { useSandbox } from '#test/helpers/sandbox'
import { putSmartPlus } from '#test/helpers/smart-plus'
import { accountDir, FAST_QPS, smartPlusDraft, SYNC_ADVERTISER } from '#test/helpers/sync'
import { AccountStore } from '#backend/accounts/store/account-store'
import { emptyEntitySet } from '#shared/domain/entity-kinds'
import { useTempDirs } from '#test/helpers/temp-dir'

const startSandbox = useSandbox()
const tempDir = useTempDirs()

function io() {
  const out = { stdout: '', stderr: '' }
  return { out, io: { stdout: (s: string) => (out.stdout += s), stderr: (s: string) => (out.stderr += s), now: testNow } }
}

describe('export', { timeout: 60_000 }, () => {
  it('writes the pulled account as a plan (stdout) and a CSV (--out) that read back whole', async () => {
    const server = await startSandbox({ seedDemo: true, qps: FAST_QPS })
    const store = join(tempDir(), 'data')
    expect(
      await runPullCommand(['--api', server.baseUrl, '--token', SANDBOX_DEMO_TOKEN, '--advertiser', SYNC_ADVERTISER, '--store', store], io().io),
    ).toBe(0)
    const flags = ['--store', store, '--advertiser', SYNC_ADVERTISER]

    const plan = io()
    expect(await runExportCommand([...flags, '--format', 'plan'], plan.io)).toBe(0)
    const back = parsePlan(plan.out.stdout, { advertiserId: SYNC_ADVERTISER, newId: () => 'local-x' })
    expect(back.errors).toEqual([])
    const names = (kind: 'campaign' | 'adgroup' | 'ad', field: string) =>
      server.state
        .list(kind, SYNC_ADVERTISER)
        .map((o) => String(o[field]))
        .sort()
    expect(back.campaigns.map((c) => c.campaign_name).sort()).toEqual(names('campaign', 'campaign_name'))
    expect(back.adgroups.map((g) => g.adgroup_name).sort()).toEqual(names('adgroup', 'adgroup_name'))
    expect(back.ads.map((a) => a.ad_name).sort()).toEqual(names('ad', 'ad_name'))

    const csvFile = join(tempDir(), 'account.csv')
    expect(await runExportCommand([...flags, '--format', 'csv', '--out', csvFile], io().io)).toBe(0)
    const csv = parseAccountCsv(readFileSync(csvFile, 'utf8'), { advertiserId: SYNC_ADVERTISER, newId: () => 'local-y' })
    expect(csv.errors).toEqual([])
    expect(csv.adgroups.map((g) => g.adgroup_name).sort()).toEqual(names('adgroup', 'adgroup_name'))
  })

  it('writes Smart+ campaigns and ad groups into the CSV, and importing it back into the on-disk store changes nothing', async () => {
    const server = await startSandbox({ seedDemo: true, qps: FAST_QPS })
    const posted = putSmartPlus(server, SYNC_ADVERTISER, testNow())
    const data = join(tempDir(), 'data')
    expect(
      await runPullCommand(['--api', server.baseUrl, '--token', SANDBOX_DEMO_TOKEN, '--advertiser', SYNC_ADVERTISER, '--store', data], io().io),
    ).toBe(0)
    // A local Smart+ draft beside the posted objects: its local- ids must come back as the same drafts.
    const draft = smartPlusDraft('csv', 2)
    const open = () => AccountStore.open({ dir: accountDir(data), advertiserId: SYNC_ADVERTISER, now: testNow })
    let store = open()
    store.upsert(
      { ...emptyEntitySet(), smartPlusCampaigns: draft.smartPlusCampaigns, smartPlusAdgroups: draft.smartPlusAdgroups },
      'Add Smart+ draft',
    )
    const before = store.snapshot()
    store.close()

    const csvFile = join(tempDir(), 'account.csv')
    expect(await runExportCommand(['--store', data, '--advertiser', SYNC_ADVERTISER, '--format', 'csv', '--out', csvFile], io().io)).toBe(0)
    const text = readFileSync(csvFile, 'utf8')
    expect(text.split('\r\n')[0]).toContain('campaign_automation_type')
    const csv = parseAccountCsv(text, { advertiserId: SYNC_ADVERTISER, newId: () => 'local-new' })
    expect(csv.errors).toEqual([])
    expect(csv.smartPlusCampaigns.map((c) => c.campaign_id).sort()).toEqual([posted.campaign_id, draft.smartPlusCampaigns[0]!.campaign_id].sort())
    expect(csv.smartPlusAdgroups).toHaveLength(posted.adgroups.length + draft.smartPlusAdgroups.length)
    expect(csv.campaigns.length).toBe(before.campaigns.length)

    store = open()
    try {
      const delta = store.upsert(csv, 'Import CSV')
      expect(delta.undo.undoLabel).toBe('Add Smart+ draft')
      expect(delta.pending).toEqual({ upserted: [], removed: [] })
      const after = store.snapshot()
      expect(after.smartPlusCampaigns).toEqual(before.smartPlusCampaigns)
      expect(after.smartPlusAdgroups).toEqual(before.smartPlusAdgroups)
      expect(after.campaigns).toEqual(before.campaigns)
      expect(after.adgroups).toEqual(before.adgroups)
    } finally {
      store.close()
    }
  })

  it('exits 2 on bad arguments, naming what is wrong', async () => {
    const bad = io()
    expect(await runExportCommand(['--store', tempDir(), '--advertiser', SYNC_ADVERTISER, '--format', 'xlsx'], bad.io)).toBe(2)
    expect(bad.out.stderr).toContain('--format is csv or plan (it is "xlsx").')
    expect(await runExportCommand(['--format', 'csv'], io().io)).toBe(2)
  })
})
