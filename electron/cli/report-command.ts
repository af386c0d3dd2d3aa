/**
 * `adwright report`: downloads Results rows from a Marketing API base URL (TikTok
 * or a sandbox) and prints them with parsed numbers, as JSON or a table.
 */
import { parseArgs } from 'node:util'
import { isDate } from '#shared/results/date-range'
import { metricKeysFor, RESULT_LEVELS, type ResultLevel } from '#shared/results/report-rows'
import { BREAKDOWN_REPORT, REPORT_TYPE_SPECS, RESULT_DIMENSIONS, type ResultDimension } from '#shared/results/report-types'
import { fetchResults } from '#backend/results/report-fetcher'
import { createTikTokClient } from '#backend/tiktok-api/client'
import { TikTokApiError } from '#backend/tiktok-api/errors'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

export const REPORT_USAGE = `Usage: adwright report --from YYYY-MM-DD --to YYYY-MM-DD --level campaign|adgroup|ad
                       --api <base url> --advertiser <id> [--token <token>] [--currency <ISO code>]
                       [--breakdown country|placement|age|gender|platform] [--json]

  --api         Marketing API base URL, e.g. https://business-api.tiktok.com/open_api/v1.3
                or a sandbox's http://127.0.0.1:PORT/open_api/v1.3
  --token       access token (or set ADWRIGHT_ACCESS_TOKEN)
  --currency    the account's currency, printed with the money figures
  --breakdown   country (default, from TikTok's BASIC report) or placement, age, gender, platform
                (from its AUDIENCE report: 10–12 h behind, delivery and conversions only)
  --json        print JSON instead of a table
`

export async function runReportCommand(argv: string[], io: CliIo, env: Record<string, string | undefined> = process.env): Promise<number> {
  let values
  try {
    values = parseArgs({
      args: argv,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        level: { type: 'string' },
        api: { type: 'string' },
        token: { type: 'string' },
        advertiser: { type: 'string' },
        currency: { type: 'string' },
        breakdown: { type: 'string', default: 'country' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }).values
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${REPORT_USAGE}`)
    return 2
  }
  if (values.help) {
    io.stdout(REPORT_USAGE)
    return 0
  }
  const token = values.token ?? env.ADWRIGHT_ACCESS_TOKEN
  const problems = [
    !values.from || !isDate(values.from) ? '--from must be a date like 2026-11-01.' : null,
    !values.to || !isDate(values.to) ? '--to must be a date like 2026-11-30.' : null,
    values.from && values.to && values.to < values.from ? '--to is before --from.' : null,
    !RESULT_LEVELS.includes(values.level as ResultLevel) ? '--level must be campaign, adgroup or ad.' : null,
    !values.api || !/^https?:\/\//.test(values.api) ? '--api must be an http(s) base URL.' : null,
    !values.advertiser || !/^\d+$/.test(values.advertiser) ? '--advertiser must be a numeric advertiser id.' : null,
    !token ? 'Give an access token with --token or ADWRIGHT_ACCESS_TOKEN.' : null,
    !RESULT_DIMENSIONS.includes(values.breakdown as ResultDimension) ? `--breakdown must be one of ${RESULT_DIMENSIONS.join(', ')}.` : null,
  ].filter((p): p is string => p !== null)
  if (problems.length) {
    io.stderr(`${problems.join('\n')}\n\n${REPORT_USAGE}`)
    return 2
  }

  const level = values.level as ResultLevel
  const breakdown = values.breakdown as ResultDimension
  const { reportType } = BREAKDOWN_REPORT[breakdown]
  const metricKeys = metricKeysFor(reportType)
  const client = createTikTokClient({ baseUrl: values.api!.replace(/\/$/, ''), accessToken: token! })
  try {
    const result = await fetchResults(
      client,
      { advertiserId: values.advertiser!, level, range: { from: values.from!, to: values.to! }, dimensions: [breakdown] },
      ({ done, total, mode, taskStatus }) =>
        io.stderr(`\rDownloading… ${done}/${total}${mode === 'tasks' ? ` (report tasks${taskStatus ? `: ${taskStatus}` : ''})` : ''}`),
    )
    io.stderr('\n')
    const rows = result.rows.map((r) => ({
      day: r.day,
      [`${level}_id`]: r.entityId,
      name: result.entityNames[r.entityId] ?? null,
      [breakdown]: r.key,
      ...Object.fromEntries(metricKeys.map((k) => [k, r.metrics[k]])),
    }))
    const [lateFrom, lateTo] = REPORT_TYPE_SPECS[reportType].latencyHours
    const note =
      reportType === 'AUDIENCE' ? `TikTok's AUDIENCE report: data ${lateFrom}–${lateTo} h behind, metrics ${metricKeys.join(', ')} only.` : null
    if (values.json) {
      io.stdout(
        `${JSON.stringify({ advertiserId: values.advertiser, level, from: values.from, to: values.to, breakdown, reportType, note, currency: values.currency ?? null, missingMetrics: result.missingMetrics, rows }, null, 2)}\n`,
      )
    } else {
      const header = ['day', `${level}_id`, breakdown, ...metricKeys]
      io.stdout(
        `${[header, ...result.rows.map((r) => [r.day, r.entityId, r.key, ...metricKeys.map((k) => String(r.metrics[k]))])].map((l) => l.join('\t')).join('\n')}\n`,
      )
      if (note) io.stderr(`${note}\n`)
      if (values.currency) io.stderr(`Money figures (spend, value) are in ${values.currency}.\n`)
    }
    return 0
  } catch (error) {
    io.stderr(`\nCould not download the report: ${error instanceof TikTokApiError || error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
}
