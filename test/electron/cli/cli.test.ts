import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { MAX_INPUT_FILE_BYTES } from '#shared/domain/input-files'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../electron/cli/run'
import { TEST_NOW_ISO, testNow } from '#test/helpers/clock'

const root = resolve(import.meta.dirname, '../../..')
const plan = (name: string) => `test/fixtures/plans/${name}.json`

/** The CLI as agencies run it: a child process, through tsx, from the repository root, at the test's time (ADWRIGHT_NOW). */
function cli(...args: string[]) {
  const env = { ...process.env, ADWRIGHT_NOW: TEST_NOW_ISO }
  const r = spawnSync(resolve(root, 'node_modules/.bin/tsx'), ['electron/cli/main.ts', ...args], { cwd: root, encoding: 'utf8', env })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

/** The same, in process, for the many small argument cases. */
function inProcess(...args: string[]) {
  let out = ''
  let err = ''
  const code = runCli(args, { readFile: (p) => readFileSync(resolve(root, p), 'utf8'), out: (t) => (out += t), err: (t) => (err += t), now: testNow })
  return { code, out, err }
}

// Each run starts Node and tsx: seconds on a busy two-core machine.
describe('CLI as a child process', { timeout: 30_000 }, () => {
  it('validate refuses a device and a file over the size limit at once, with a clear error', () => {
    expect(cli('validate', '/dev/zero')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^Cannot read Plan file \/dev\/zero: it is not a regular file/),
    })
    expect(cli('validate', 'test')).toMatchObject({ code: 2, err: expect.stringContaining('not a regular file') })
    const dir = mkdtempSync(join(tmpdir(), 'adwright-cli-'))
    try {
      const big = join(dir, 'big.json')
      writeFileSync(big, '')
      truncateSync(big, MAX_INPUT_FILE_BYTES + 1) // sparse: no disk used
      expect(cli('validate', big)).toMatchObject({
        code: 2,
        err: expect.stringMatching(/the file is too large to read \(201 MB; plan and CSV files are read up to 200 MB\)/),
      })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('validate: exit 0 on a clean plan, 1 with compliance errors (rule ids in --json)', () => {
    expect(cli('validate', plan('clean'))).toMatchObject({ code: 0, out: 'No problems found.\n' })
    const bad = cli('validate', plan('eu-minors'), '--json')
    expect(bad.code).toBe(1)
    const { problems, plan_errors } = JSON.parse(bad.out) as {
      plan_errors: unknown[]
      problems: Array<{ ruleId: string; severity: string; source: string }>
    }
    expect(plan_errors).toEqual([])
    expect(problems.map((p) => p.ruleId)).toEqual([
      'compliance.eu.minors-personalised',
      'compliance.eu.special-category-interests',
      'compliance.cross-app.us-eu',
    ])
    expect(problems.every((p) => p.severity === 'error' && p.source.length > 0)).toBe(true)
  })

  it('reach --json: markets with lower_end, upper_end, stage, waterfall steps and violations per ad group', () => {
    const r = cli('reach', plan('eu-minors'), '--json')
    expect(r.code).toBe(0)
    const report = JSON.parse(r.out)
    expect(report.modelled).toBe(true)
    expect(report.note).toMatch(/modelled/)
    const [de, us] = report.adgroups
    expect(de).toMatchObject({ adgroup_id: 'local-g3', markets: [{ market: 'EU', locations: ['Germany'] }] })
    const eu = de.markets[0]
    expect(eu.lower_end).toBeLessThan(eu.upper_end)
    expect([1, 2, 3, 4]).toContain(eu.stage)
    expect(eu.waterfall.map((s: { step: string }) => s.step)).toEqual([
      'base',
      'age',
      'gender',
      'language',
      'devices',
      'interests',
      'consent',
      'placements',
    ])
    expect(de.violations.map((v: { rule_id: string }) => v.rule_id)).toEqual([
      'compliance.eu.minors-personalised',
      'compliance.eu.special-category-interests',
    ])
    expect(us.violations[0].rule_id).toBe('compliance.cross-app.us-eu')
  })

  it('taxonomy --json: every category with id, name, parent id and level', () => {
    const r = cli('taxonomy', '--json')
    expect(r.code).toBe(0)
    const t = JSON.parse(r.out)
    expect(t.modelled).toBe(true)
    expect(t.interest_categories.length).toBeGreaterThanOrEqual(60)
    expect(t.interest_categories[1]).toEqual({ id: '10001', name: 'Women’s clothing', parent_id: '100', level: 2, special_category: null })
  })

  it('prints a clear usage message and exits 2 on bad arguments', () => {
    const r = cli('reach')
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/^reach needs a plan file\.\n\nUsage: npm run cli -- <command>/)
  })

  it('--now runs a command at that time, overriding ADWRIGHT_NOW; a bad time exits 2', () => {
    // The clean plan's ad groups start on 2026-12-01 00:00 UTC: after the test's now, before this one.
    const late = cli('validate', plan('clean'), '--now', '2026-12-01T00:00:01Z')
    expect(late.code).toBe(0)
    expect(late.out).toMatch(/start time 2026-12-01 00:00:00 UTC has already passed \(it is now 2026-12-01 00:00:01 UTC\)/)
    expect(cli('validate', plan('clean'), '--now=2026-11-30T23:59:59Z')).toMatchObject({ code: 0, out: 'No problems found.\n' })
    const bad = cli('validate', plan('clean'), '--now', 'next tuesday')
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/^--now: "next tuesday" is not a time like/)
  })
})

describe('CLI arguments and files', () => {
  it('refuses unknown commands and options, missing values and unreadable files', () => {
    expect(inProcess()).toMatchObject({ code: 2, err: expect.stringMatching(/^No command given/) })
    expect(inProcess('estimate')).toMatchObject({ code: 2, err: expect.stringMatching(/^Unknown command "estimate"/) })
    expect(inProcess('validate', plan('clean'), '--fast')).toMatchObject({ code: 2, err: expect.stringMatching(/^Unknown option --fast/) })
    expect(inProcess('reach', plan('clean'), '--overrides')).toMatchObject({ code: 2, err: expect.stringMatching(/^--overrides needs a value/) })
    expect(inProcess('validate', 'nope.json')).toMatchObject({ code: 2, err: expect.stringMatching(/^Cannot read Plan file nope\.json: ENOENT/) })
    expect(inProcess('validate', 'package.json')).toMatchObject({
      code: 1,
      out: expect.stringMatching(/This is not a plan file: it needs an object with a “campaigns” list/),
    })
    expect(inProcess('validate', 'README.md')).toMatchObject({ code: 1, out: expect.stringMatching(/This is not a plan file: it is not valid JSON/) })
    expect(inProcess('taxonomy', 'x.json')).toMatchObject({ code: 2 })
    expect(inProcess('help').out).toMatch(/^Usage:/)
  })

  it('reports file errors from the plan parser by their place in the file, and exits 1', () => {
    const r = inProcess('validate', plan('broken'))
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/^PLAN campaigns\[0\]\.adgroups\[0\]\.age_groups\[0\] \(age_groups\): Ad group “Bad ages”/)
    expect(r.out).toContain('1 problem(s) in the file; those entries were skipped, not checked.')
    expect(inProcess('reach', plan('broken')).err).toMatch(/^1 problem\(s\) in the file/)
  })

  it('passes the demo plan from docs/examples, with TikTok’s rules and the market rules', () => {
    expect(inProcess('validate', 'docs/examples/demo-plan.adwright.json')).toMatchObject({ code: 0, out: 'No problems found.' })
    expect(inProcess('validate', plan('clean'), '--currency', 'eur').code).toBe(0)
  })

  it('applies the plan advertiser’s consent overrides to reach', () => {
    const base = JSON.parse(inProcess('reach', plan('eu-minors'), '--json').out)
    const over = JSON.parse(inProcess('reach', plan('eu-minors'), '--json', '--overrides', plan('overrides')).out)
    const consent = (r: typeof base) => r.adgroups[0].markets[0].waterfall.find((s: { step: string }) => s.step === 'consent')
    expect(consent(over).detail).toContain('your override')
    expect(over.adgroups[0].markets[0].upper_end).toBeLessThan(base.adgroups[0].markets[0].upper_end)
    expect(inProcess('reach', plan('clean'), '--overrides', 'package.json')).toMatchObject({ code: 2 })
  })

  it('prints readable text without --json', () => {
    const r = inProcess('reach', plan('clean'))
    expect(r.out).toMatch(/^Note: Interest, keyword and behaviour audience shares are Adwright’s modelled estimates/)
    expect(r.out).toContain('Japan hikers (local-g1):')
    expect(inProcess('taxonomy').out).toContain('  Mental health [150001] (special: health)')
  })
})
