import { dirname, resolve } from 'node:path'
import { ConsentOverridesSchema } from '#shared/settings/settings-schema'
import type { ConsentOverrides } from '#shared/markets/consent'
import type { Now } from '#shared/time/clock'
import { NOW_USAGE } from './now-option'
import { reachReport, taxonomyReport, validatePlan } from './commands'
import { problemsText, reachText, taxonomyText } from './format-text'
import { loadPlan as parsePlanText, planErrorText, type LoadedPlan } from './load-plan'

export const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  validate <plan.json> [--json] [--currency <code>]
                                    Check a plan file (docs/plan-format.md): file errors, TikTok's rules and the
                                    market/consent rules, its audiences (customer files hashed, counts shown) and
                                    the ad groups' references to them. Exit 1 if any is an error. --currency: the
                                    advertiser's currency for minimum budgets (default USD).
  reach <plan.json> [--json] [--overrides <file.json>] [--advertiser <id>]
                                    Estimated reach per ad group and market, with the waterfall (audience steps
                                    included) and rule violations.
                                    --overrides: a Settings-style consentOverrides file
                                    ({ "<advertiser id>": { "EU": { "interests": 0.4 } } }); the plan's advertiser
                                    (or --advertiser) picks the entry.
  taxonomy [--json]                 The interest categories (id, name, parent id, level). Modelled data.
  accounts --api <url> [--token <t>] [--app-id <id> --secret <s>] [--json]
                                    The advertisers the token reaches: id, name, currency, time zone, status, and
                                    Business Center accounts. TikTok needs the app id and secret (or
                                    ADWRIGHT_APP_SECRET); the sandbox's demo token does not.
  pull --api <url> --advertiser <id> --store <folder> [--token <t>] [--accept-removals]
                                    "Get recent changes" into a local store. A download that would remove local
                                    entities or overwrite local changes lists them and exits 1, changing nothing;
                                    --accept-removals: go ahead anyway.
  push <plan.json> --api <url> --advertiser <id> --store <folder> [--token <t>] [--start-paused]
                                    Import a plan into the store and post it, its audiences first; rerun after an interruption to finish
                                    without creating anything twice. One line per failed entity, exit 1 if any.
                                    --start-paused: create new campaigns paused, whatever the plan says.
  report --from <date> --to <date> --level campaign|adgroup|ad --api <url> --advertiser <id> [--token <t>] [--json]
                                    Pixel results (spend, events, CPA, ROAS) from the Marketing API; see "report --help".
  export --store <folder> --advertiser <id> --format csv|plan [--out <file>]
                                    Write the local account as the app's Export does (to stdout without --out).
  creatives add <files…> --store <folder> --advertiser <id> [--json] [--placements tiktok,pangle,gab]
                                    Add videos and images to the advertiser's creative library: signature (MD5), size,
                                    duration, format and TikTok's spec problems per file. Exit 1 if a file is refused.

Every command: ${NOW_USAGE}

Exit codes: 0 done, 1 the plan has errors (validate), 2 bad arguments or unreadable file.`

export interface CliIO {
  readFile(path: string): string
  out(text: string): void
  err(text: string): void
  /** The command's clock (--now / ADWRIGHT_NOW, else the system's). */
  now: Now
}

class UsageError extends Error {}

interface Args {
  command: string
  file?: string
  json: boolean
  overrides?: string
  advertiser?: string
  currency: string
}

function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv
  if (!command) throw new UsageError('No command given.')
  const args: Args = { command, json: false, currency: 'USD' }
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!
    if (a === '--json') args.json = true
    else if (a === '--overrides' || a === '--advertiser' || a === '--currency') {
      const v = rest[++i]
      if (!v || v.startsWith('--')) throw new UsageError(`${a} needs a value.`)
      if (a === '--overrides') args.overrides = v
      else if (a === '--advertiser') args.advertiser = v
      else args.currency = v.toUpperCase()
    } else if (a.startsWith('--')) throw new UsageError(`Unknown option ${a}.`)
    else if (args.file) throw new UsageError(`Unexpected argument ${a}.`)
    else args.file = a
  }
  return args
}

function readText(io: CliIO, path: string, what: string): string {
  try {
    return io.readFile(path)
  } catch (e) {
    throw new UsageError(`Cannot read ${what} ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`)
  }
}

function readJson(io: CliIO, path: string, what: string): unknown {
  const text = readText(io, path, what)
  try {
    return JSON.parse(text)
  } catch (e) {
    throw new UsageError(`${what} ${path} is not valid JSON: ${(e as Error).message}`)
  }
}

function loadPlan(io: CliIO, args: Args): LoadedPlan {
  if (!args.file) throw new UsageError(`${args.command} needs a plan file.`)
  // A customer file's path is relative to the plan file (docs/plan-format.md).
  return parsePlanText(readText(io, args.file, 'Plan file'), args.advertiser, dirname(resolve(args.file)))
}

function loadOverrides(io: CliIO, args: Args, advertiserId: string): ConsentOverrides {
  if (!args.overrides) return {}
  const r = ConsentOverridesSchema.safeParse(readJson(io, args.overrides, 'Overrides file'))
  if (!r.success) {
    const i = r.error.issues[0]!
    throw new UsageError(`${args.overrides}: ${i.path.join('.')}: ${i.message}`)
  }
  return r.data[advertiserId] ?? {}
}

const print = (io: CliIO, json: boolean, value: unknown, text: string) => io.out(json ? JSON.stringify(value, null, 2) : text)

/** Runs one CLI command; returns the exit code. */
export function runCli(argv: string[], io: CliIO): number {
  try {
    const args = parseArgs(argv)
    switch (args.command) {
      case 'validate': {
        const { plan, audiences, hashing } = loadPlan(io, args)
        const problems = validatePlan(plan, args.currency, io.now(), audiences)
        const summary =
          problems.length || !plan.errors.length
            ? problemsText(problems)
            : `${plan.errors.length} problem(s) in the file; those entries were skipped, not checked.`
        const text = [...hashing, ...plan.errors.map(planErrorText), summary].join('\n')
        // Each customer file's counts, never its identifiers.
        const listed = [...audiences.values()].map((a) => ({
          audience_id: a.audience_id,
          custom_audience_name: a.custom_audience_name,
          audience_type: a.audience_type,
          ...(a.audience_type === 'CUSTOMER_FILE' && a.hashing ? { hashing: a.hashing } : {}),
        }))
        print(io, args.json, { plan_errors: plan.errors, problems, ...(listed.length ? { audiences: listed } : {}) }, text)
        return plan.errors.length || problems.some((p) => p.severity === 'error') ? 1 : 0
      }
      case 'reach': {
        const { plan, advertiserId, audiences } = loadPlan(io, args)
        if (plan.errors.length) io.err(`${plan.errors.length} problem(s) in the file; those entries are left out (run "validate" for details).`)
        const report = reachReport(plan, loadOverrides(io, args, advertiserId), audiences)
        print(io, args.json, report, reachText(report))
        return 0
      }
      case 'taxonomy': {
        if (args.file) throw new UsageError('taxonomy takes no file.')
        const t = taxonomyReport()
        print(io, args.json, t, taxonomyText(t))
        return 0
      }
      case 'help':
      case '--help':
        io.out(USAGE)
        return 0
      default:
        throw new UsageError(`Unknown command "${args.command}".`)
    }
  } catch (e) {
    if (!(e instanceof UsageError)) throw e
    io.err(`${e.message}\n\n${USAGE}`)
    return 2
  }
}
