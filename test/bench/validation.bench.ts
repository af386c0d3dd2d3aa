/**
 * Validation and import/export speed on large accounts: the editor re-validates
 * the whole account after edits, and buyers import spreadsheets of thousands of rows.
 */
import { exportAccountCsv, parseAccountCsv } from '#shared/domain/csv/index'
import { generateAccount } from '#shared/domain/demo/index'
import { DEFAULT_GEO, validateAccount } from '#shared/domain/validation/index'
import { percentile, round, type Bench, type Figure } from './figures'

const ADV = '7301000000000000001'

function time(samples: number, warmup: number, run: () => void): number[] {
  for (let i = 0; i < warmup; i++) run()
  const out: number[] = []
  for (let i = 0; i < samples; i++) {
    const t = performance.now()
    run()
    out.push(performance.now() - t)
  }
  return out
}

function validationFigures(): Figure[] {
  // 500 campaigns × 10 ad groups × 9 ads = 50,500 entities.
  const account = generateAccount({ advertiserId: ADV, campaigns: 500, adgroupsPerCampaign: 10, adsPerAdgroup: 9, seed: 1 })
  const entities = account.campaigns.length + account.adgroups.length + account.ads.length
  const ctx = { currency: 'USD', now: new Date('2026-11-23T00:00:00Z'), geo: DEFAULT_GEO }
  let problems = 0
  const samples = time(20, 3, () => {
    problems = validateAccount(account, ctx).length
  })
  return [
    {
      name: `validateAccount, ${entities.toLocaleString('en-US')} entities, p50`,
      value: round(percentile(samples, 50), 1),
      unit: 'ms',
      goal: '< 250 ms',
    },
    { name: `validateAccount, ${entities.toLocaleString('en-US')} entities, p95`, value: round(percentile(samples, 95), 1), unit: 'ms', goal: '' },
    { name: 'validateAccount, problems found (generated account is valid)', value: problems, unit: 'problems', goal: '0' },
  ]
}

function csvFigures(): Figure[] {
  const account = generateAccount({ advertiserId: ADV, campaigns: 1000, adgroupsPerCampaign: 10, adsPerAdgroup: 0, seed: 2 })
  let text = ''
  const exportSamples = time(7, 1, () => {
    text = exportAccountCsv(account)
  })
  let n = 0
  const newId = () => `local-b${++n}`
  let rows = 0
  const parseSamples = time(7, 1, () => {
    rows = parseAccountCsv(text, { advertiserId: ADV, newId }).validRows
  })
  return [
    {
      name: `exportAccountCsv, ${rows.toLocaleString('en-US')} rows (${round(text.length / 1_048_576, 1)} MB), p50`,
      value: round(percentile(exportSamples, 50), 1),
      unit: 'ms',
      goal: '',
    },
    { name: `parseAccountCsv, ${rows.toLocaleString('en-US')} rows, p50`, value: round(percentile(parseSamples, 50), 1), unit: 'ms', goal: '' },
    {
      name: 'CSV export + parse, 10,000 rows, p50',
      value: round(percentile(exportSamples, 50) + percentile(parseSamples, 50), 1),
      unit: 'ms',
      goal: '< 1000 ms',
    },
  ]
}

const bench: Bench = async () => [...validationFigures(), ...csvFigures()]
export default bench
