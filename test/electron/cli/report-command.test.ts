import { describe, expect, it } from 'vitest'
import { runReportCommand } from '../../../electron/cli/report-command'
import { SANDBOX_DEMO_TOKEN } from '#backend/sandbox/server'
import { ADVERTISER, useSandbox } from '#test/helpers/sandbox'

const sandbox = useSandbox()
const NOW = Date.parse('2026-11-23T12:00:00Z')

function io() {
  const out: string[] = []
  const err: string[] = []
  return { out, err, io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t) } }
}

describe('adwright report', () => {
  it('prints the sandbox’s rows as JSON with numbers, token from the environment', async () => {
    const server = await sandbox({ now: () => new Date(NOW) })
    const o = io()
    const code = await runReportCommand(
      [
        '--from',
        '2026-11-01',
        '--to',
        '2026-11-03',
        '--level',
        'campaign',
        '--api',
        server.baseUrl,
        '--advertiser',
        ADVERTISER,
        '--currency',
        'USD',
        '--json',
      ],
      o.io,
      { ADWRIGHT_ACCESS_TOKEN: SANDBOX_DEMO_TOKEN },
    )
    expect(code).toBe(0)
    expect(o.err.join('')).toContain('Downloading… 4/4')
    const printed = JSON.parse(o.out.join('')) as { currency: string; breakdown: string; rows: Array<Record<string, unknown>> }
    expect(printed.breakdown).toBe('country')
    expect(printed.rows[0]!.country).toMatch(/^[A-Z]{2}/)
    expect(printed.currency).toBe('USD')
    expect(printed.rows.length).toBeGreaterThan(0)
    const first = printed.rows[0]!
    expect(typeof first.spend).toBe('number')
    expect(typeof first.Purchase).toBe('number')
    expect(first.campaign_id).toMatch(/^\d+$/)
    expect(new Set(printed.rows.map((r) => r.day))).toEqual(new Set(['2026-11-01', '2026-11-02', '2026-11-03']))
  })

  it('prints a tab-separated table without --json', async () => {
    const server = await sandbox({ now: () => new Date(NOW) })
    const o = io()
    const code = await runReportCommand(
      [
        '--from',
        '2026-11-01',
        '--to',
        '2026-11-01',
        '--level',
        'ad',
        '--api',
        server.baseUrl,
        '--advertiser',
        ADVERTISER,
        '--token',
        SANDBOX_DEMO_TOKEN,
      ],
      o.io,
      {},
    )
    expect(code).toBe(0)
    const lines = o.out.join('').trim().split('\n')
    expect(lines[0]!.split('\t').slice(0, 4)).toEqual(['day', 'ad_id', 'country', 'spend'])
    expect(lines.length).toBeGreaterThan(12)
  })

  it('breaks down by age, gender, placement or platform from TikTok’s AUDIENCE report, with its latency and metrics said', async () => {
    const server = await sandbox({ now: () => new Date(NOW) })
    for (const breakdown of ['age', 'gender', 'placement', 'platform']) {
      const o = io()
      const args = ['--from', '2026-11-01', '--to', '2026-11-02', '--level', 'campaign', '--api', server.baseUrl, '--advertiser', ADVERTISER]
      const code = await runReportCommand([...args, '--breakdown', breakdown, '--json'], o.io, { ADWRIGHT_ACCESS_TOKEN: SANDBOX_DEMO_TOKEN })
      expect(code, o.err.join('')).toBe(0)
      const printed = JSON.parse(o.out.join('')) as { reportType: string; note: string; rows: Array<Record<string, unknown>> }
      expect(printed.reportType).toBe('AUDIENCE')
      expect(printed.note).toMatch(/10–12 h behind/)
      expect(new Set(printed.rows.map((r) => r[breakdown])).size, breakdown).toBeGreaterThan(1)
      expect(Object.keys(printed.rows[0]!)).toEqual(['day', 'campaign_id', 'name', breakdown, 'spend', 'impressions', 'clicks', 'conversions'])
    }
    const bad = io()
    expect(await runReportCommand(['--breakdown', 'language'], bad.io, {})).toBe(2)
    expect(bad.err.join('')).toContain('--breakdown must be one of country, placement, age, gender, platform.')
  })

  it('explains bad arguments with the usage and exit code 2', async () => {
    const o = io()
    expect(await runReportCommand(['--from', '2026-13-01', '--level', 'account', '--api', 'x'], o.io, {})).toBe(2)
    const err = o.err.join('')
    expect(err).toContain('--from must be a date')
    expect(err).toContain('--level must be campaign, adgroup or ad')
    expect(err).toContain('--token or ADWRIGHT_ACCESS_TOKEN')
    expect(err).toContain('Usage: adwright report')
    expect(await runReportCommand(['--bogus'], io().io, {})).toBe(2)
  })

  it('fails with exit code 1 and TikTok’s reason when the token is refused', async () => {
    const server = await sandbox({ now: () => new Date(NOW) })
    const o = io()
    const code = await runReportCommand(
      ['--from', '2026-11-01', '--to', '2026-11-01', '--level', 'ad', '--api', server.baseUrl, '--advertiser', ADVERTISER, '--token', 'nope'],
      o.io,
      {},
    )
    expect(code).toBe(1)
    expect(o.err.join('')).toMatch(/Could not download the report: .*token/i)
    expect(o.err.join('')).not.toContain('nope')
  })
})
