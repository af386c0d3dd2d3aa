/**
 * `adwright push <plan.json>`: imports a plan into the local store and posts it.
 * Rerunning it after an interruption finishes the job: a plan already imported
 * (same bytes) is not imported again — its entities may already be on TikTok
 * under new ids — and the post resumes from the journal.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { readInputFile } from './read-input-file'
import { join } from 'node:path'
import { parsePlan } from '#shared/domain/plan/index'
import type { EntityOutcome } from '#shared/domain/sync'
import { writeFileAtomic } from '#backend/storage/atomic-write'
import { errorText, openSync, parseSyncArgs, SYNC_USAGE, UsageError, type CliIo } from './sync-cli-options'

const IMPORTED_FILE = 'imported-plans.json'

function importedPlans(dir: string): string[] {
  const path = join(dir, IMPORTED_FILE)
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as string[]) : []
}

const line = (o: EntityOutcome) =>
  `${o.outcome} ${o.kind} ${o.localId ?? o.id} "${o.name}": ${o.message ?? ''}${o.field ? ` [field ${o.field}]` : ''}\n`

export async function runPushCommand(argv: string[], io: CliIo): Promise<number> {
  let args
  try {
    args = parseSyncArgs(argv)
    if (args.positionals.length !== 1) throw new UsageError('Name one plan file.')
  } catch (e) {
    io.stderr(`${errorText(e)}\nUsage: push <plan.json> ${SYNC_USAGE}\n`)
    return e instanceof UsageError ? 2 : 1
  }
  let text: string
  try {
    text = readInputFile(args.positionals[0]!)
  } catch (e) {
    io.stderr(`Cannot read the plan: ${errorText(e)}\n`)
    return 1
  }
  const hash = createHash('sha256').update(text).digest('hex')
  let counter = 0
  // Ids derived from the plan's bytes, so an import repeated before its record was written upserts the same drafts.
  const parsed = parsePlan(text, { advertiserId: args.advertiserId, newId: () => `local-plan-${hash.slice(0, 12)}-${++counter}` })
  if (parsed.errors.length) {
    for (const e of parsed.errors) io.stderr(`plan ${e.row} ${e.field}: ${e.message}\n`)
    return 1
  }
  let opened
  try {
    opened = openSync(args, io.now)
  } catch (e) {
    io.stderr(`Cannot open the local store: ${errorText(e)}\n`)
    return 1
  }
  const { store, engine, dir } = opened
  try {
    const done = importedPlans(dir)
    if (!done.includes(hash)) {
      store.upsert({ campaigns: parsed.campaigns, adgroups: parsed.adgroups, ads: parsed.ads }, 'Import plan for push')
      writeFileAtomic(join(dir, IMPORTED_FILE), JSON.stringify([...done, hash]))
    }
    const { result } = await engine.post()
    for (const o of result.outcomes) if (o.outcome !== 'posted') io.stdout(line(o))
    io.stdout(`Posted ${result.posted}, failed ${result.failed}, not sent ${result.skipped}.\n`)
    return result.failed + result.skipped > 0 ? 1 : 0
  } catch (e) {
    io.stderr(`Post failed: ${errorText(e)}\n`)
    return 1
  } finally {
    store.close()
  }
}
