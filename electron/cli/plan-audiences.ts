/**
 * The plan's `audiences` list on this machine (docs/plan-format.md): a CUSTOMER_FILE entry's CSV, named
 * by `file_path` relative to the plan file (or absolute), is hashed here with the customer-file hasher
 * (shared/audiences/customer-file.ts), chunk by chunk, so the raw identifiers live only in the chunk being
 * read; `validate` and `reach` keep the counts, `push` the hashed file in the advertiser's audience list.
 * The raw file is never stored, sent or printed.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { createCustomerFileHasher, CustomerFileError, describeHashing, type HashingReport } from '#shared/audiences/customer-file'
import type { CalculateType } from '#shared/audiences/kinds'
import type { Audience } from '#shared/audiences/schemas'
import type { ImportRowError } from '#shared/domain/account'
import { isLocalId } from '#shared/domain/entities'
import type { PlanAudience } from '#shared/domain/plan/plan-audiences'

const CHUNK_BYTES = 1 << 20

/** The CSV at `path`, hashed: TikTok's hashed file and the counts. Throws on a file that is not one, or does not fit its calculate_type. */
export function hashCustomerCsv(path: string, calculate_type: CalculateType): { hashed: string; report: HashingReport } {
  const fd = openSync(path, 'r')
  try {
    // A device or pipe would be read forever.
    if (!fstatSync(fd).isFile()) throw new CustomerFileError('it is not a regular file')
    const hasher = createCustomerFileHasher({ calculate_type })
    const decoder = new TextDecoder('utf-8')
    const buffer = Buffer.alloc(CHUNK_BYTES)
    const out: string[] = []
    for (let n; (n = readSync(fd, buffer, 0, CHUNK_BYTES, null)) > 0;) out.push(hasher.push(decoder.decode(buffer.subarray(0, n), { stream: true })))
    out.push(hasher.push(decoder.decode()))
    const end = hasher.end()
    out.push(end.output)
    buffer.fill(0)
    return { hashed: out.join(''), report: end.report }
  } finally {
    closeSync(fd)
  }
}

/** The counts an audience keeps of its hashing (schemas.ts HashingSummarySchema), as the app's create dialog keeps them. */
export const hashingSummary = (r: HashingReport) => ({ rows: r.rows, valid: { ...r.valid }, bad: r.badRows })

export interface ResolvedPlanAudience {
  audience: Audience
  /** A CUSTOMER_FILE's hashed file, when its CSV was read. */
  hashed?: string
  path: string
}

/**
 * Hashes each customer file the plan names; answers the audiences with their counts, one line per file
 * for the user (counts only), and an error per file that cannot be read or hashed.
 */
export function resolvePlanAudiences(entries: readonly PlanAudience[], planDir: string) {
  const audiences: ResolvedPlanAudience[] = []
  const errors: ImportRowError[] = []
  const summaries: string[] = []
  for (const e of entries) {
    const a = e.audience
    const where = `Audience “${a.custom_audience_name}” (${e.path})`
    if (a.audience_type !== 'CUSTOMER_FILE' || e.file_path === undefined) {
      // A draft needs its file: TikTok makes the audience from it. One exported with its counts may be in the store already (push checks).
      if (a.audience_type === 'CUSTOMER_FILE' && isLocalId(a.audience_id) && !a.hashing)
        errors.push({
          row: `${e.path}.file_path`,
          field: 'file_path',
          message: `${where}: file_path is required for a customer file that is not on TikTok yet: the CSV of emails, phones or mobile ad ids to hash.`,
        })
      audiences.push({ audience: a, path: e.path })
      continue
    }
    const file = isAbsolute(e.file_path) ? e.file_path : join(planDir, e.file_path)
    try {
      const { hashed, report } = hashCustomerCsv(file, a.calculate_type)
      audiences.push({ audience: { ...a, hashing: hashingSummary(report) }, hashed, path: e.path })
      summaries.push(`${where}: ${describeHashing(report)}.`)
    } catch (error) {
      const reason = error instanceof CustomerFileError ? error.message : ((error as NodeJS.ErrnoException).code ?? (error as Error).message)
      errors.push({
        row: `${e.path}.file_path`,
        field: 'file_path',
        message: `${where}: the customer file ${e.file_path} cannot be hashed (${reason}); paths are relative to the plan file.`,
      })
    }
  }
  return { audiences, errors, summaries }
}

/** The plan's audiences by id, for the audience rules and reach. */
export const audienceMapOf = (audiences: readonly { audience: Audience }[]): ReadonlyMap<string, Audience> =>
  new Map(audiences.map((r) => [r.audience.audience_id, r.audience]))
