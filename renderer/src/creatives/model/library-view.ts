/** Search, filter and sort of the library as the Creatives page shows it; pure, so it is tested without a page. */
import type { CreativeView } from '#shared/creatives/creative-view'
import { aspectOf } from '#shared/creatives/spec-checks'

export type KindFilter = 'all' | 'video' | 'image'
export type StateFilter = 'all' | 'problems' | 'unused' | 'file-missing' | 'on-tiktok'
export const SORTS = {
  name: 'Name',
  added: 'Newest first',
  size: 'Largest first',
  duration: 'Longest first',
  used: 'Most used',
} as const
export type SortKey = keyof typeof SORTS

export interface LibraryQuery {
  text: string
  kind: KindFilter
  state: StateFilter
  sort: SortKey
}

export const DEFAULT_QUERY: LibraryQuery = { text: '', kind: 'all', state: 'all', sort: 'name' }

const matchesState = (c: CreativeView, s: StateFilter) =>
  s === 'all' ||
  (s === 'problems' && (c.problems.some((p) => p.severity === 'error') || c.sourceState !== 'ok')) ||
  (s === 'unused' && c.usedBy === 0) ||
  (s === 'file-missing' && c.sourceState !== 'ok') ||
  (s === 'on-tiktok' && c.tiktokId !== undefined)

/** Words of the search all match somewhere: the file name, a tag, the format, the codec or the aspect ratio. */
function matchesText(c: CreativeView, words: string[]) {
  if (!words.length) return true
  const hay = [c.fileName, ...c.tags, c.facts.format, c.facts.videoCodec ?? '', aspectOf(c.facts.width, c.facts.height) ?? '', c.signature]
    .join(' ')
    .toLowerCase()
  return words.every((w) => hay.includes(w))
}

const COMPARE: Record<SortKey, (a: CreativeView, b: CreativeView) => number> = {
  name: (a, b) => a.fileName.localeCompare(b.fileName),
  added: (a, b) => b.addedAt.localeCompare(a.addedAt),
  size: (a, b) => b.facts.sizeBytes - a.facts.sizeBytes,
  duration: (a, b) => (b.facts.durationSeconds ?? 0) - (a.facts.durationSeconds ?? 0),
  used: (a, b) => b.usedBy - a.usedBy,
}

export function libraryView(creatives: readonly CreativeView[], q: LibraryQuery): CreativeView[] {
  const words = q.text.toLowerCase().split(/\s+/).filter(Boolean)
  return creatives
    .filter((c) => (q.kind === 'all' || c.facts.kind === q.kind) && matchesState(c, q.state) && matchesText(c, words))
    .sort((a, b) => COMPARE[q.sort](a, b) || a.fileName.localeCompare(b.fileName))
}

/** "0:15" — seconds as a clock, as TikTok's library shows durations. */
export function clock(seconds: number | undefined): string {
  if (seconds === undefined) return ''
  const s = Math.round(seconds)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}
