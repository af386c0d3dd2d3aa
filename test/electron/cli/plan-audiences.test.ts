/**
 * `validate` and `reach` with a plan's `audiences` list (docs/plan-format.md): customer files hashed from
 * their CSV (path relative to the plan), the ad groups' references and the audience rules checked, and the
 * audience steps in each market's waterfall.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../electron/cli/run'
import { testNow } from '#test/helpers/clock'
import { useTempDirs } from '#test/helpers/temp-dir'
import { planAudiences, rawCustomerCsv } from '#test/helpers/plan-audiences'

const root = resolve(import.meta.dirname, '../../..')
const tempDir = useTempDirs()

type Json = Record<string, any>

function run(...args: string[]) {
  let out = ''
  let err = ''
  const code = runCli(args, { readFile: (p) => readFileSync(p, 'utf8'), out: (t) => (out += t), err: (t) => (err += t), now: testNow })
  return { code, out, err }
}

/** The clean fixture with the test's audiences, its ad groups edited by `edit`, written beside a CRM export in crm/vip.csv. */
function writePlan(edit: (groups: Json[]) => void, audiences: Json[] = planEntries()) {
  const dir = tempDir()
  mkdirSync(join(dir, 'crm'))
  writeFileSync(join(dir, 'crm', 'vip.csv'), rawCustomerCsv(50))
  const plan = JSON.parse(readFileSync(join(root, 'test/fixtures/plans/clean.json'), 'utf8')) as Json
  edit(plan.campaigns.flatMap((c: Json) => c.adgroups))
  const path = join(dir, 'plan.json')
  writeFileSync(path, JSON.stringify({ ...plan, audiences }))
  return path
}

/** The plan's entries: the customer file named by its CSV instead of its counts. */
function planEntries(): Json[] {
  const [vip, ...rest] = planAudiences() as Json[]
  const { hashing: _h, file_paths: _f, ...file } = vip!
  return [{ ...file, file_path: 'crm/vip.csv' }, ...rest]
}

describe('validate with plan audiences', () => {
  it('hashes the customer file (counts only), checks references and the audience rules, exit 1 on errors', () => {
    const path = writePlan(([jp, us]) => {
      jp!.audience_ids = ['local-engaged']
      us!.audience_ids = ['local-vip', 'local-buyers', 'local-gone']
      us!.excluded_audience_ids = ['local-vip']
    })
    const text = run('validate', path)
    expect(text.code).toBe(1)
    expect(text.out).toContain('Audience “VIP customers” (audiences[0]): 51 rows: 50 valid emails, 1 unusable emails; 1 bad row left out.')
    // The raw identifiers never reach the output.
    expect(text.out.toLowerCase()).not.toContain('person0@example.com')
    const json = JSON.parse(run('validate', path, '--json').out) as Json
    expect(json.plan_errors).toEqual([])
    expect(json.audiences[0]).toEqual({
      audience_id: 'local-vip',
      custom_audience_name: 'VIP customers',
      audience_type: 'CUSTOMER_FILE',
      hashing: { rows: 51, valid: { EMAIL: 50, PHONE: 0, IDFA: 0, GAID: 0, MAID: 0 }, bad: 1 },
    })
    const found = (json.problems as Json[]).map((p) => [p.entityId, p.ruleId, p.severity, p.field])
    expect(found).toEqual(
      expect.arrayContaining([
        ['local-g2', 'plan.audiences.unknown', 'error', 'audience_ids'],
        ['local-g2', 'compliance.audiences.include-exclude-conflict', 'error', 'excluded_audience_ids'],
        // A pixel audience in the US: Limited Data Use applies in its privacy-law states.
        ['local-g2', 'compliance.us.limited-data-use', 'warning', 'audience_ids'],
      ]),
    )
    // Japan, an in-app engagement audience: no audience rule applies.
    expect(found.filter(([id]) => id === 'local-g1')).toEqual([])
  })

  it('the compliance rules read the plan’s audiences: a lookalike of a customer file for 13–17 in the US is refused by name', () => {
    const path = writePlan(([, us]) => {
      us!.age_groups = ['AGE_13_17', 'AGE_18_24']
      us!.audience_ids = ['local-vip-lal']
    })
    const problems = (JSON.parse(run('validate', path, '--json').out) as Json).problems as Json[]
    const teen = problems.find((p) => p.ruleId === 'compliance.audiences.minors')
    // The lookalike's seed is the customer file: data from outside TikTok.
    expect(teen?.message).toMatch(/“VIP lookalike” is built from data outside TikTok/)
  })

  it('a customer file that is missing, or holds the wrong kind of identifier, is a plan error naming it', () => {
    const entries = planEntries()
    const missing = writePlan(() => {}, [{ ...entries[0], file_path: 'crm/none.csv' }])
    const r = JSON.parse(run('validate', missing, '--json').out) as Json
    expect(r.plan_errors).toEqual([
      expect.objectContaining({
        row: 'audiences[0].file_path',
        message: expect.stringMatching(/the customer file crm\/none\.csv cannot be hashed \(ENOENT\)/),
      }),
    ])
    const phones = writePlan(() => {}, [{ ...entries[0], calculate_type: 'PHONE_SHA256' }])
    expect((JSON.parse(run('validate', phones, '--json').out) as Json).plan_errors[0].message).toMatch(
      /EMAIL columns but calculate_type PHONE_SHA256 needs PHONE/,
    )
    const noFile = writePlan(() => {}, [{ ...entries[0], file_path: undefined }])
    expect((JSON.parse(run('validate', noFile, '--json').out) as Json).plan_errors[0].message).toMatch(
      /file_path is required for a customer file that is not on TikTok yet/,
    )
  })
})

describe('reach with plan audiences', () => {
  it('shows the audience steps in the market’s waterfall, narrowing the estimate', () => {
    const plain = writePlan(([, us]) => {
      us!.location_ids = ['2921044']
    })
    const withAudience = writePlan(([, us]) => {
      us!.location_ids = ['2921044']
      us!.audience_ids = ['local-vip']
      us!.excluded_audience_ids = ['local-buyers']
    })
    const eu = (path: string) => (JSON.parse(run('reach', path, '--json').out) as Json).adgroups[1].markets[0] as Json
    const before = eu(plain)
    const after = eu(withAudience)
    expect(after.market).toBe('EU')
    const steps = (after.waterfall as Json[]).map((s) => s.step)
    expect(steps).toEqual(expect.arrayContaining(['audiences', 'partner-data', 'att', 'advertiser-consent', 'excluded']))
    expect(steps.indexOf('audiences')).toBeLessThan(steps.indexOf('partner-data'))
    expect(after.upper_end).toBeLessThan(before.upper_end)
    // Each audience step carries its sources.
    expect((after.waterfall as Json[]).find((s) => s.step === 'partner-data')!.sources.length).toBeGreaterThan(0)
  })
})
