/** TikTok schedule times: `YYYY-MM-DD HH:MM:SS`, always UTC+0. */
const FORMAT = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/

export const DAY_MS = 86_400_000

/** Milliseconds since the epoch, or undefined when the text is not a real time in TikTok's format. */
export function parseScheduleTime(text: string): number | undefined {
  const m = FORMAT.exec(text)
  if (!m) return undefined
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number]
  const ms = Date.UTC(y, mo - 1, d, h, mi, s)
  const back = new Date(ms)
  // Date.UTC rolls 2026-02-30 over into March; a real time reads back the same.
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return undefined
  return ms
}

export function formatScheduleTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
}

/** Scheduled days for a lifetime budget: any part of a day counts as a whole day. */
export const scheduledDays = (startMs: number, endMs: number) => Math.max(1, Math.ceil((endMs - startMs) / DAY_MS))
