import { IDENTIFIER_KINDS, KINDS_OF_CALCULATE_TYPE, type CalculateType, type IdentifierKind } from './kinds'
import { isSha256, normaliseIdentifier, type PhoneOptions } from './normalise'
import { sha256Hex } from './sha256'

/**
 * Hashes a customer file on this machine, chunk by chunk, so a worker can feed it a
 * file of any size and report progress. The raw identifiers live only in the chunk
 * being read: nothing keeps, returns or logs them. What leaves is the hashed file's
 * text (one SHA-256 per identifier, TikTok's hashed column names) and counts.
 * Bad rows are counted and sampled by row number and reason, never by value, and
 * never dropped without being counted.
 */

export interface HashOptions extends PhoneOptions {
  calculate_type: CalculateType
  /** Called after each chunk with the rows and characters read so far. */
  onProgress?: (p: { rows: number; chars: number }) => void
}

export type BadRowReason = 'EMPTY' | 'INVALID'

export interface HashingReport {
  calculate_type: CalculateType
  /** Identifier columns found, in file order. */
  columns: IdentifierKind[]
  /** Data rows read (header and blank lines not counted). */
  rows: number
  /** Rows with at least one usable identifier: these are in the hashed file. */
  validRows: number
  /** Rows with none: counted here, listed (by number) in badRowSamples. */
  badRows: number
  blankLines: number
  valid: Record<IdentifierKind, number>
  /** Values present but unusable (not an email, a phone without country code, …). */
  invalid: Record<IdentifierKind, number>
  /** The first bad rows, by 1-based line number in the file, with why; never their content. */
  badRowSamples: Array<{ line: number; reason: BadRowReason }>
}

export const BAD_ROW_SAMPLES = 20

/** TikTok's hashed column names (help: "List of supported IDs and formats for a customer file"). */
const HASHED_HEADER: Record<IdentifierKind, string> = {
  EMAIL: 'EMAIL_SHA256',
  PHONE: 'PHONE_SHA256',
  IDFA: 'IDFA_SHA256',
  GAID: 'GAID_SHA256',
  MAID: 'MAID_SHA256',
}

const HEADER_ALIASES: Record<string, IdentifierKind> = {
  email: 'EMAIL',
  'e-mail': 'EMAIL',
  email_address: 'EMAIL',
  phone: 'PHONE',
  phone_number: 'PHONE',
  mobile: 'PHONE',
  idfa: 'IDFA',
  gaid: 'GAID',
  adid: 'GAID',
  maid: 'MAID',
}

export class CustomerFileError extends Error {}

const zeroCounts = () => Object.fromEntries(IDENTIFIER_KINDS.map((k) => [k, 0])) as Record<IdentifierKind, number>

function kindOfHeader(cell: string): IdentifierKind | undefined {
  const h = cell
    .trim()
    .replace(/^"|"$/g, '')
    .toLowerCase()
    .replace(/[_ ]?sha256$/, '')
    .replace(/ /g, '_')
  return HEADER_ALIASES[h]
}

function splitCells(line: string, delimiter: string): string[] {
  if (!line.includes('"')) return line.split(delimiter)
  // Quoted cells ("a, b"), with "" for a quote inside; identifiers rarely need it, names beside them do.
  const out: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === delimiter) {
      out.push(cell)
      cell = ''
    } else cell += ch
  }
  out.push(cell)
  return out
}

function delimiterOf(line: string): string {
  let best = ','
  let most = -1
  for (const d of [',', ';', '\t']) {
    const n = line.split(d).length
    if (n > most) {
      best = d
      most = n
    }
  }
  return best
}

interface Column {
  index: number
  kind: IdentifierKind
}

export interface CustomerFileHasher {
  /** Feeds the next piece of the file; answers the hashed text for the complete lines in it. */
  push(chunk: string): string
  /** Ends the file; answers the hashed text of a last line without a newline, and the counts. */
  end(): { output: string; report: HashingReport }
}

export function createCustomerFileHasher(opts: HashOptions): CustomerFileHasher {
  const accepted = KINDS_OF_CALCULATE_TYPE[opts.calculate_type]
  const report: HashingReport = {
    calculate_type: opts.calculate_type,
    columns: [],
    rows: 0,
    validRows: 0,
    badRows: 0,
    blankLines: 0,
    valid: zeroCounts(),
    invalid: zeroCounts(),
    badRowSamples: [],
  }
  let carry = ''
  let line = 0
  let chars = 0
  let delimiter = ','
  /** Index of each identifier column in a row, and its kind; null until the first line is read. */
  let layout: Column[] | null = null

  function startFile(first: string): string {
    delimiter = delimiterOf(first)
    const cells = splitCells(first, delimiter)
    const found: Column[] = cells.flatMap((c, index) => {
      const kind = kindOfHeader(c)
      return kind ? [{ index, kind }] : []
    })
    if (found.length) {
      const usable = found.filter((c) => accepted.includes(c.kind))
      if (!usable.length)
        throw new CustomerFileError(
          `The file has ${found.map((c) => c.kind).join(', ')} columns but calculate_type ${opts.calculate_type} needs ${accepted.join(' or ')}. Choose the matching calculate_type or add the column.`,
        )
      layout = usable
    } else if (opts.calculate_type !== 'MULTIPLE_TYPES') {
      // No header: a one-column list of the calculate_type's identifier, first line included.
      layout = [{ index: 0, kind: accepted[0]! }]
      delimiter = '\u0000'
    } else {
      throw new CustomerFileError(
        'A MULTIPLE_TYPES file needs a header row naming its columns (Email, Phone, IDFA, GAID or MAID). Add one, or choose a single calculate_type.',
      )
    }
    report.columns = layout.map((c) => c.kind)
    const header = layout.map((c) => HASHED_HEADER[c.kind]).join(',') + '\n'
    return found.length ? header : header + row(first)
  }

  function row(text: string): string {
    if (!text.trim()) {
      report.blankLines++
      return ''
    }
    report.rows++
    const cells = delimiter === '\u0000' ? [text] : splitCells(text, delimiter)
    let out = ''
    let good = 0
    let present = 0
    for (let i = 0; i < layout!.length; i++) {
      const { index, kind } = layout![i]!
      const raw = cells[index]?.trim() ?? ''
      let hashed = ''
      if (raw) {
        present++
        const v = normaliseIdentifier(kind, raw, opts)
        if (v === null) report.invalid[kind]++
        else {
          report.valid[kind]++
          good++
          // A value hashed elsewhere already is kept as it is.
          hashed = isSha256(v) ? v : sha256Hex(v)
        }
      }
      out += i ? ',' + hashed : hashed
    }
    if (good) {
      report.validRows++
      return out + '\n'
    }
    report.badRows++
    if (report.badRowSamples.length < BAD_ROW_SAMPLES) report.badRowSamples.push({ line, reason: present ? 'INVALID' : 'EMPTY' })
    return ''
  }

  function take(text: string): string {
    line++
    const t = text.endsWith('\r') ? text.slice(0, -1) : text
    // A byte-order mark would otherwise hide the first header.
    return layout ? row(t) : startFile(line === 1 ? t.replace(/^\uFEFF/, '') : t)
  }

  return {
    push(chunk) {
      chars += chunk.length
      const text = carry + chunk
      let out = ''
      let start = 0
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
        out += take(text.slice(start, nl))
        start = nl + 1
      }
      carry = text.slice(start)
      opts.onProgress?.({ rows: report.rows, chars })
      return out
    },
    end() {
      const output = carry ? take(carry) : ''
      carry = ''
      if (!layout) throw new CustomerFileError('The customer file is empty: it needs at least one identifier.')
      return { output, report }
    },
  }
}

const HASHED_HEADERS = new Set(Object.values(HASHED_HEADER))
const HASHED_ROW = /^(?:[0-9a-f]{64})?(?:,(?:[0-9a-f]{64})?)*$/

/**
 * True when `text` is what the hasher writes: a header of TikTok's hashed column names, then rows of
 * SHA-256 digests. The back end keeps a customer file only when it is this, so a raw file sent by
 * mistake is refused rather than stored.
 */
export function isHashedCustomerFile(text: string): boolean {
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  const [header, ...rows] = lines
  if (!header || !header.split(',').every((h) => HASHED_HEADERS.has(h))) return false
  return rows.every((r) => HASHED_ROW.test(r))
}

/** One line for the create dialog and the CLI: "12,431 rows: 11,902 valid emails, 310 phones; 219 bad rows". */
export function describeHashing(r: HashingReport): string {
  const n = (x: number) => x.toLocaleString('en-US')
  const words: Record<IdentifierKind, string> = { EMAIL: 'emails', PHONE: 'phones', IDFA: 'IDFAs', GAID: 'GAIDs', MAID: 'mobile ad ids' }
  const parts = r.columns.map((k) => `${n(r.valid[k])} valid ${words[k]}`)
  const invalid = r.columns.filter((k) => r.invalid[k] > 0).map((k) => `${n(r.invalid[k])} unusable ${words[k]}`)
  return `${n(r.rows)} rows: ${[...parts, ...invalid].join(', ')}; ${n(r.badRows)} bad row${r.badRows === 1 ? '' : 's'} left out`
}
