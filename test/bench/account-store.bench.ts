/**
 * The account store at the size of a large advertiser: 50,000 entities.
 * Printed figures, not assertions; see the goals column.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import Conf from 'conf'
import { open } from 'lmdb'
import { probeAccountDatabase } from '#backend/accounts/store/account-probe'
import { AccountStore } from '#backend/accounts/store/account-store'
import { createAccountService } from '#backend/accounts/account-service'
import { createAccountTransfer } from '#backend/accounts/account-transfer'
import { generateAccount } from '#shared/domain/demo/index'
import { exportAccountCsv } from '#shared/domain/csv/index'
import { exportPlan } from '#shared/domain/plan/index'
import { percentile, round, type Bench, type Figure } from './figures'
import { TEST_NOW, testNow } from '../helpers/clock'

const ADVERTISER = '7301000000000000077'
const EDITS = 200
const CONF_EDITS = 10

function timed<T>(run: () => T): [T, number] {
  const start = performance.now()
  const result = run()
  return [result, performance.now() - start]
}

/** CPU time of this process, in ms: on a shared machine it moves less than the wall clock. */
function cpuMs(run: () => void): number {
  const start = process.cpuUsage()
  run()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

/** 500 campaigns × 9 ad groups × 10 ads = 50,000 entities. */
const account = generateAccount({ advertiserId: ADVERTISER, campaigns: 500, adgroupsPerCampaign: 9, adsPerAdgroup: 10, seed: 7 })
const size = account.campaigns.length + account.adgroups.length + account.ads.length

function lmdbFigures(dir: string): Figure[] {
  const storeDir = join(dir, 'accounts', ADVERTISER)
  const seeded = AccountStore.open({ dir: storeDir, advertiserId: ADVERTISER, now: testNow })
  const [, download] = timed(() => seeded.applyDownload(account, TEST_NOW))
  seeded.close()

  const opens: number[] = []
  const openCpu: number[] = []
  let store!: AccountStore
  for (let i = 0; i < 5; i++) {
    if (store) store.close()
    openCpu.push(
      cpuMs(() => {
        const [s, ms] = timed(() => {
          const opened = AccountStore.open({ dir: storeDir, advertiserId: ADVERTISER, now: testNow })
          opened.snapshot()
          return opened
        })
        store = s
        opens.push(ms)
      }),
    )
  }
  const edits: number[] = []
  const editCpu: number[] = []
  for (let i = 0; i < EDITS; i++) {
    const g = account.adgroups[(i * 7919) % account.adgroups.length]!
    const edit = () => store.apply({ type: 'update', patches: [{ kind: 'adgroup', id: g.adgroup_id, fields: { budget: 100 + i } }] })
    editCpu.push(cpuMs(() => edits.push(timed(edit)[1])))
  }
  const undos = Array.from({ length: 50 }, () => timed(() => store.undo())[1])
  store.close()
  const probe = {
    command: process.execPath,
    args: ['--import', 'tsx', resolve(import.meta.dirname, '../../electron/backend/accounts/store/account-probe-main.ts')],
  }
  const probes = Array.from({ length: 3 }, () => timed(() => probeAccountDatabase(storeDir, probe))[1])
  return [
    { name: `entities in the account`, value: size, unit: 'entities', goal: '' },
    { name: 'write a 50k download into a new store', value: round(download, 0), unit: 'ms', goal: '' },
    { name: 'open 50k entities → snapshot ready, p50 of 5', value: round(percentile(opens, 50), 0), unit: 'ms', goal: '< 1000 ms' },
    { name: 'open 50k entities, CPU time, p50 of 5', value: round(percentile(openCpu, 50), 0), unit: 'ms', goal: '' },
    { name: 'one edit durable on disk (50k account), p50', value: round(percentile(edits, 50), 2), unit: 'ms', goal: '' },
    { name: 'one edit durable on disk (50k account), p95', value: round(percentile(edits, 95), 2), unit: 'ms', goal: '< 5 ms' },
    { name: 'one edit, CPU time (the rest is waiting for fsync), p50', value: round(percentile(editCpu, 50), 2), unit: 'ms', goal: '' },
    { name: 'one undo durable on disk, p95', value: round(percentile(undos, 95), 2), unit: 'ms', goal: '' },
    { name: 'database check in a child process (under tsx), p50 of 3', value: round(percentile(probes, 50), 0), unit: 'ms', goal: '' },
    ...confFigures(dir, percentile(edits, 95)),
  ]
}

/** The same data in conf, electron-store's engine: every set rewrites the whole file. */
function confFigures(dir: string, lmdbP95: number): Figure[] {
  const conf = new Conf<Record<string, unknown>>({ cwd: join(dir, 'conf'), projectName: 'bench', projectVersion: '1.0.0' })
  const byId = <T>(list: T[], id: (t: T) => string) => Object.fromEntries(list.map((e) => [id(e), e]))
  conf.store = {
    campaigns: byId(account.campaigns, (c) => c.campaign_id),
    adgroups: byId(account.adgroups, (g) => g.adgroup_id),
    ads: byId(account.ads, (a) => a.ad_id),
  }
  const sets: number[] = []
  for (let i = 0; i < CONF_EDITS; i++) {
    const g = account.adgroups[(i * 7919) % account.adgroups.length]!
    sets.push(timed(() => conf.set(`adgroups.${g.adgroup_id}.budget`, 100 + i))[1])
  }
  const p95 = percentile(sets, 95)
  return [
    { name: `conf: one edit at 50k, p50 of ${CONF_EDITS}`, value: round(percentile(sets, 50), 0), unit: 'ms', goal: '' },
    { name: `conf: one edit at 50k, p95 of ${CONF_EDITS}`, value: round(p95, 0), unit: 'ms', goal: '' },
    { name: 'conf p95 ÷ account store p95', value: round(p95 / lmdbP95, 0), unit: '×', goal: '' },
  ]
}

/** What the fsync costs: the same one-row transaction with and without it. */
function syncCost(dir: string): Figure[] {
  const row = account.adgroups[0]!
  const sample = (noSync: boolean) => {
    const root = open({ path: join(dir, noSync ? 'nosync' : 'sync'), overlappingSync: false, noSync })
    const times = Array.from({ length: 300 }, (_, i) => timed(() => root.transactionSync(() => root.putSync(`k${i % 50}`, { ...row, budget: i })))[1])
    root.close()
    return percentile(times, 50)
  }
  return [
    { name: 'one-row transaction, fsync on (as the store), p50', value: round(sample(false), 3), unit: 'ms', goal: '' },
    { name: 'one-row transaction, noSync (not durable), p50', value: round(sample(true), 3), unit: 'ms', goal: '' },
  ]
}

/** Importing files into a fresh account: parse, check, then apply as one undo step. */
function importFigures(dir: string): Figure[] {
  // CSV has one row per ad group: 1,000 campaigns × 10 ad groups = 10,000 rows.
  const rows = generateAccount({ advertiserId: ADVERTISER, campaigns: 1000, adgroupsPerCampaign: 10, adsPerAdgroup: 0, seed: 11 })
  const plan = generateAccount({ advertiserId: ADVERTISER, campaigns: 100, adgroupsPerCampaign: 9, adsPerAdgroup: 10, seed: 12 })
  const figures: Figure[] = []
  for (const [format, content] of [
    ['csv', exportAccountCsv(rows)],
    ['json', exportPlan(plan, ADVERTISER)],
  ] as const) {
    const accounts = createAccountService({ dataDir: join(dir, `import-${format}`), now: testNow })
    const transfer = createAccountTransfer({ accounts, advertiserName: () => null, now: testNow })
    accounts.open(ADVERTISER)
    const [preview, previewMs] = timed(() => transfer.preview(ADVERTISER, format, content))
    const [, applyMs] = timed(() => transfer.apply(ADVERTISER, format, content, false))
    accounts.close()
    const what = format === 'csv' ? `${preview.totalRows}-row CSV` : `${preview.totalRows}-entry plan (JSON)`
    figures.push(
      { name: `import preview, ${what}`, value: round(previewMs, 0), unit: 'ms', goal: '' },
      { name: `import apply, ${what}, one undo step`, value: round(applyMs, 0), unit: 'ms', goal: '' },
    )
  }
  return figures
}

const bench: Bench = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'adwright-bench-'))
  try {
    const figures = [...lmdbFigures(dir), ...syncCost(dir), ...importFigures(dir)]
    // Shared machines skew the fsync-bound figures; the load says how busy this one was.
    return [...figures, { name: 'machine load average (1 min) at the end', value: round(loadavg()[0]!, 1), unit: '', goal: '' }]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
export default bench
