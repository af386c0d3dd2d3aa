import { ConsentOverridesSchema } from '../../shared/settings/settings-schema'
import type { ConsentOverrides } from '../../shared/markets/consent'
import { reachReport, taxonomyReport, validatePlan } from './commands'
import { problemsText, reachText, taxonomyText } from './format-text'
import { parsePlanStructure, type ParsedPlan } from './plan-file'

export const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  validate <plan.json> [--json]     Check a plan; prints problems. Exit 1 if any is an error.
  reach <plan.json> [--json] [--overrides <file.json>] [--advertiser <id>]
                                    Estimated reach per ad group and market, with the waterfall and rule violations.
                                    --overrides: a Settings-style consentOverrides file ({ "<advertiser id>": { "EU": { "interests": 0.4 } } });
                                    the plan's advertiser (or --advertiser) picks the entry.
  taxonomy [--json]                 The interest categories (id, name, parent id, level).

Exit codes: 0 done, 1 the plan has errors (validate), 2 bad arguments or unreadable file.`

export interface CliIO {
  readFile(path: string): string
  out(text: string): void
  err(text: string): void
}

class UsageError extends Error {}

interface Args {
  command: string
  file?: string
  json: boolean
  overrides?: string
  advertiser?: string
}

function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv
  if (!command) throw new UsageError('No command given.')
  const args: Args = { command, json: false }
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!
    if (a === '--json') args.json = true
    else if (a === '--overrides' || a === '--advertiser') {
      const v = rest[++i]
      if (!v || v.startsWith('--')) throw new UsageError(`${a} needs a value.`)
      if (a === '--overrides') args.overrides = v
      else args.advertiser = v
    } else if (a.startsWith('--')) throw new UsageError(`Unknown option ${a}.`)
    else if (args.file) throw new UsageError(`Unexpected argument ${a}.`)
    else args.file = a
  }
  return args
}

function readJson(io: CliIO, path: string, what: string): unknown {
  let text: string
  try {
    text = io.readFile(path)
  } catch (e) {
    throw new UsageError(`Cannot read ${what} ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`)
  }
  try {
    return JSON.parse(text)
  } catch (e) {
    throw new UsageError(`${what} ${path} is not valid JSON: ${(e as Error).message}`)
  }
}

function loadPlan(io: CliIO, args: Args): ParsedPlan {
  if (!args.file) throw new UsageError(`${args.command} needs a plan file.`)
  const parsed = parsePlanStructure(readJson(io, args.file, 'Plan file'))
  if ('error' in parsed) throw new UsageError(`${args.file}: ${parsed.error}`)
  return parsed
}

function loadOverrides(io: CliIO, args: Args, plan: ParsedPlan['plan']): ConsentOverrides {
  if (!args.overrides) return {}
  const r = ConsentOverridesSchema.safeParse(readJson(io, args.overrides, 'Overrides file'))
  if (!r.success) {
    const i = r.error.issues[0]!
    throw new UsageError(`${args.overrides}: ${i.path.join('.')}: ${i.message}`)
  }
  const advertiser = args.advertiser ?? plan.adgroups[0]?.advertiser_id ?? plan.campaigns[0]?.advertiser_id
  return (advertiser && r.data[advertiser]) || {}
}

const print = (io: CliIO, json: boolean, value: unknown, text: string) => io.out(json ? JSON.stringify(value, null, 2) : text)

/** Runs one CLI command; returns the exit code. */
export function runCli(argv: string[], io: CliIO): number {
  try {
    const args = parseArgs(argv)
    switch (args.command) {
      case 'validate': {
        const { plan, problems } = loadPlan(io, args)
        const all = validatePlan(plan, problems)
        print(io, args.json, { problems: all }, problemsText(all))
        return all.some((p) => p.severity === 'error') ? 1 : 0
      }
      case 'reach': {
        const { plan, problems } = loadPlan(io, args)
        if (problems.length) io.err(`${problems.length} entity(ies) skipped for bad structure; run "validate" for details.`)
        const report = reachReport(plan, loadOverrides(io, args, plan))
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
