/**
 * `adwright creatives add <files…> --store <folder> --advertiser <id> [--json]`:
 * adds media files to the advertiser's creative library (the app's layout,
 * `<store>/accounts/<advertiser>/creatives/`) and prints, per file, the
 * signature (MD5), size, duration, format and TikTok's spec problems. Exit 1
 * when a file is refused (not media, damaged, over 500 MB); spec problems are
 * listed but the file is kept, as the app does.
 */
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { Placement } from '#shared/domain/enums'
import { PLACEMENTS } from '#shared/domain/enums'
import { checkCreativeFile } from '#shared/creatives/spec-checks'
import { openCreativeLibrary, type AddOutcome } from '#backend/creatives/creative-library'
import { errorText, type CliIo } from './sync-cli-options'

export const CREATIVES_USAGE = 'creatives add <files…> --store <folder> --advertiser <id> [--json] [--placements tiktok,pangle,gab]'

const PLACEMENT_FLAGS: Record<string, Placement> = { tiktok: 'PLACEMENT_TIKTOK', pangle: 'PLACEMENT_PANGLE', gab: 'PLACEMENT_GLOBAL_APP_BUNDLE' }

function row(o: AddOutcome, placements: readonly Placement[]) {
  if ('refused' in o) return { file: o.path, refused: o.refused }
  const { signature, facts } = o.added
  return {
    file: o.path,
    signature,
    duplicate: o.duplicate,
    kind: facts.kind,
    format: facts.format,
    width: facts.width,
    height: facts.height,
    ...(facts.durationSeconds !== undefined ? { duration_seconds: Math.round(facts.durationSeconds * 100) / 100 } : {}),
    ...(facts.bitrateKbps !== undefined ? { bitrate_kbps: Math.round(facts.bitrateKbps) } : {}),
    size_bytes: facts.sizeBytes,
    problems: checkCreativeFile(facts, placements).map((p) => ({
      rule_id: p.ruleId,
      severity: p.severity,
      placement: p.placement,
      message: p.message,
    })),
  }
}

export async function runCreativesCommand(argv: string[], io: CliIo): Promise<number> {
  let values, positionals
  try {
    ;({ values, positionals } = parseArgs({
      args: argv,
      options: { store: { type: 'string' }, advertiser: { type: 'string' }, json: { type: 'boolean' }, placements: { type: 'string' } },
      allowPositionals: true,
    }))
  } catch (e) {
    io.stderr(`${errorText(e)}\nUsage: ${CREATIVES_USAGE}\n`)
    return 2
  }
  const [sub, ...files] = positionals
  const placements = (values.placements ?? 'tiktok,pangle,gab').split(',').map((p) => PLACEMENT_FLAGS[p.trim()])
  const problem =
    sub !== 'add'
      ? 'The only subcommand is "add".'
      : files.length === 0
        ? 'Name at least one file.'
        : !values.store || !values.advertiser
          ? 'Missing --store or --advertiser.'
          : !/^\d{1,30}$/.test(values.advertiser)
            ? `"${values.advertiser}" is not an advertiser id.`
            : placements.some((p) => !p || !PLACEMENTS.includes(p))
              ? '--placements takes tiktok, pangle and gab, separated by commas.'
              : null
  if (problem) {
    io.stderr(`${problem}\nUsage: ${CREATIVES_USAGE}\n`)
    return 2
  }
  const library = openCreativeLibrary(join(values.store!, 'accounts', values.advertiser!), io.now)
  const rows = (await library.add(files)).map((o) => row(o, placements as Placement[]))
  if (values.json) io.stdout(`${JSON.stringify({ creatives: rows }, null, 2)}\n`)
  else
    for (const r of rows) {
      if ('refused' in r) {
        io.stdout(`refused ${r.file}: ${r.refused}\n`)
        continue
      }
      const duration = r.duration_seconds !== undefined ? ` ${r.duration_seconds} s` : ''
      io.stdout(`${r.duplicate ? 'already in the library' : 'added'} ${r.file} ${r.signature} ${r.width}×${r.height}${duration} ${r.format}\n`)
      for (const p of r.problems) io.stdout(`  ${p.severity} ${p.rule_id}: ${p.message}\n`)
    }
  return rows.some((r) => 'refused' in r) ? 1 : 0
}
