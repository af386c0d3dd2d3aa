/**
 * How large a plan or CSV file Adwright reads (docs/plan-format.md, docs/csv-format.md).
 * An account of 10,000 ad groups is about 10 MB as CSV and 30 MB as a plan, so the limit
 * leaves room while refusing a file that would take minutes to parse or run out of memory.
 * The app's import, the IPC check and the CLI all use this one figure.
 */
export const MAX_INPUT_FILE_BYTES = 200 * 1024 * 1024

const mb = (bytes: number) => `${Math.ceil(bytes / 1024 / 1024)} MB`

/** The message for a file over the limit, or null when its size is fine. */
export function inputFileSizeProblem(name: string, bytes: number): string | null {
  return bytes > MAX_INPUT_FILE_BYTES
    ? `${name} is too large to read (${mb(bytes)}; plan and CSV files are read up to ${mb(MAX_INPUT_FILE_BYTES)}). Split it into smaller files.`
    : null
}
