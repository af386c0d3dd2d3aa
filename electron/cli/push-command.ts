/**
 * `adwright push <plan.json>`: imports a plan into the local store and posts it.
 * Each entry keeps its identity across edits through the plan record
 * (plan-record.ts): a rerun of an edited plan — a field fixed, a newline added —
 * updates what it already posted and creates only the entries that are new.
 * Rerunning after an interruption finishes the job: the post resumes from the journal.
 */
import { entitySetOf, type EntityKind } from '#shared/domain/entity-kinds'
import { existsSync } from 'node:fs'
import { readInputFile } from './read-input-file'
import { dirname, join, resolve as resolvePath } from 'node:path'
import { parsePlan } from '#shared/domain/plan/index'
import type { EntityOutcome } from '#shared/domain/sync'
import { loadSyncMeta } from '#backend/sync/sync-meta'
import { openCreativeLibrary } from '#backend/creatives/creative-library'
import { resolvePlanCreatives } from './plan-creatives'
import { openAudienceCatalogue } from '#backend/accounts/audience-catalogue'
import { resolvePlanAudiences } from './plan-audiences'
import { withAudienceIds } from '#shared/domain/plan/plan-audiences'
import { importPlanAudiences } from '#backend/accounts/plan-audience-import'
import { postUnusedPlanAudiences } from './push-audiences'
import { LEGACY_PLAN_FILE, openPlanRecord, type PlanRecord } from './plan-record'
import { errorText, openSync, parseSyncArgs, SYNC_USAGE, UsageError, type CliIo } from './sync-cli-options'

const line = (o: EntityOutcome) =>
  `${o.outcome} ${o.kind} ${o.localId ?? o.id} "${o.name}": ${o.message ?? ''}${o.field ? ` [field ${o.field}]` : ''}\n`

export async function runPushCommand(argv: string[], io: CliIo): Promise<number> {
  let args
  try {
    args = parseSyncArgs(argv, { newRecord: true, startPaused: true })
    if (args.positionals.length !== 1) throw new UsageError('Name one plan file.')
  } catch (e) {
    io.stderr(`${errorText(e)}\nUsage: push <plan.json> ${SYNC_USAGE} [--new-record] [--start-paused]\n`)
    return e instanceof UsageError ? 2 : 1
  }
  let text: string
  try {
    text = readInputFile(args.positionals[0]!)
  } catch (e) {
    io.stderr(`Cannot read the plan: ${errorText(e)}\n`)
    return 1
  }
  let record: PlanRecord | undefined
  let opened
  try {
    opened = openSync(args, io.now, { onCreated: (kind, localId, serverId) => record?.created(kind, localId, serverId) })
  } catch (e) {
    io.stderr(`Cannot open the local store: ${errorText(e)}\n`)
    return 1
  }
  const { store, engine, dir, client } = opened
  try {
    try {
      // Expected once this store has posted (or an older push left its hash list): losing it must not mean "all new".
      const expected = loadSyncMeta(dir).lastPost !== null || existsSync(join(dir, LEGACY_PLAN_FILE))
      record = openPlanRecord(dir, { expected, startNew: args.newRecord })
    } catch (e) {
      io.stderr(`${errorText(e)}\n`)
      return 1
    }
    // Creatives named by path or signature become library references (plan-creatives.ts) before the plan is read.
    const media = await resolvePlanCreatives(text, dirname(resolvePath(args.positionals[0]!)), openCreativeLibrary(dir, io.now))
    if (media.errors.length) {
      for (const e of media.errors) io.stderr(`plan ${e}\n`)
      return 1
    }
    text = media.text
    const planDir = dirname(resolvePath(args.positionals[0]!))
    const view = { has: (kind: EntityKind, id: string) => store.workingEntity(kind, id) !== undefined }
    const r = record
    let parsed
    try {
      parsed = parsePlan(text, {
        advertiserId: args.advertiserId,
        // Plan files always describe their entries; a bare call would be a parser bug.
        newId: (entry) => {
          if (!entry) throw new Error('A plan entry came without its key.')
          return r.idFor(entry, view)
        },
        // A draft id the plan names (an exported draft) may have been posted by an earlier push: follow it.
        localId: (entry, given) => r.idFor(entry, view, given),
      })
    } catch (e) {
      io.stderr(`${errorText(e)}\n`)
      return 1
    }
    // Customer files are hashed here, before anything is saved (plan-audiences.ts); the raw files are never kept.
    const audiences = resolvePlanAudiences(parsed.audiences ?? [], planDir)
    parsed.errors.push(...audiences.errors)
    if (parsed.errors.length) {
      for (const e of parsed.errors) io.stderr(`plan ${e.row} ${e.field}: ${e.message}\n`)
      return 1
    }
    for (const s of audiences.summaries) io.stdout(`${s}\n`)
    const catalogue = openAudienceCatalogue(dir)
    const imported = importPlanAudiences(audiences.audiences, catalogue)
    if (imported.errors.length) {
      for (const e of imported.errors) io.stderr(`plan ${e.row} ${e.field}: ${e.message}\n`)
      return 1
    }
    const deps = { store, client, advertiserId: args.advertiserId, catalogue, now: io.now }
    const early = await postUnusedPlanAudiences(
      deps,
      withAudienceIds(parsed, imported.posted),
      audiences.audiences.map((a) => a.audience.audience_id),
    )
    for (const [id, why] of early.failed) io.stdout(`failed audience ${id}: ${why}\n`)
    store.upsert(entitySetOf(early.plan), 'Import plan for push')
    // --start-paused: new campaigns are created paused, whatever the plan says (the app's "Start new campaigns paused").
    const { result } = await engine.post({ startPaused: args.startPaused })
    for (const o of result.outcomes) if (o.outcome !== 'posted') io.stdout(line(o))
    io.stdout(`Posted ${result.posted}, failed ${result.failed}, not sent ${result.skipped}.\n`)
    return result.failed + result.skipped + early.failed.size > 0 ? 1 : 0
  } catch (e) {
    io.stderr(`Post failed: ${errorText(e)}\n`)
    return 1
  } finally {
    store.close()
  }
}
