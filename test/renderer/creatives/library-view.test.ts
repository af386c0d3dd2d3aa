import { describe, expect, it } from 'vitest'
import type { CreativeView } from '#shared/creatives/creative-view'
import { cutToWeightedLength } from '#shared/domain/limits'
import { clock, DEFAULT_QUERY, libraryView } from '#renderer/creatives/model/library-view'

const view = (
  fileName: string,
  f: Partial<CreativeView> & { width?: number; height?: number; seconds?: number; kind?: 'video' | 'image' } = {},
): CreativeView => ({
  signature: fileName
    .padEnd(32, '0')
    .replace(/[^0-9a-f]/g, 'a')
    .slice(0, 32),
  fileName,
  sourcePath: `/media/${fileName}`,
  sourceModifiedMs: 0,
  addedAt: f.addedAt ?? '2026-11-01T00:00:00.000Z',
  facts: {
    kind: f.kind ?? 'video',
    format: f.kind === 'image' ? 'JPEG' : 'MPEG-4',
    extension: 'mp4',
    width: f.width ?? 1080,
    height: f.height ?? 1920,
    sizeBytes: (f.seconds ?? 10) * 1000,
    durationSeconds: f.kind === 'image' ? undefined : (f.seconds ?? 10),
  },
  tags: f.tags ?? [],
  sourceState: f.sourceState ?? 'ok',
  usedBy: f.usedBy ?? 0,
  problems: f.problems ?? [],
  ...(f.tiktokId ? { tiktokId: f.tiktokId } : {}),
})

const lib = [
  view('ridge.mp4', { seconds: 15, usedBy: 2, tags: ['spring'], tiktokId: 'v1' }),
  view('square.mp4', { width: 480, height: 480, seconds: 6, problems: [{ ruleId: 'creative.video.resolution', severity: 'error', message: 'x' }] }),
  view('card.jpg', { kind: 'image', addedAt: '2026-11-20T00:00:00.000Z' }),
  view('old.mp4', { sourceState: 'missing', seconds: 30 }),
]
const names = (q: Partial<typeof DEFAULT_QUERY>) => libraryView(lib, { ...DEFAULT_QUERY, ...q }).map((c) => c.fileName)

describe('the library view', () => {
  it('searches names, tags, formats and ratios, every word', () => {
    expect(names({ text: 'spring' })).toEqual(['ridge.mp4'])
    expect(names({ text: '1:1' })).toEqual(['square.mp4'])
    expect(names({ text: 'jpeg' })).toEqual(['card.jpg'])
    expect(names({ text: '9:16 spring' })).toEqual(['ridge.mp4'])
  })

  it('filters by kind and state', () => {
    expect(names({ kind: 'image' })).toEqual(['card.jpg'])
    expect(names({ state: 'problems' })).toEqual(['old.mp4', 'square.mp4'])
    expect(names({ state: 'unused' })).toEqual(['card.jpg', 'old.mp4', 'square.mp4'])
    expect(names({ state: 'file-missing' })).toEqual(['old.mp4'])
    expect(names({ state: 'on-tiktok' })).toEqual(['ridge.mp4'])
  })

  it('sorts by name, newest, length and use', () => {
    expect(names({})).toEqual(['card.jpg', 'old.mp4', 'ridge.mp4', 'square.mp4'])
    expect(names({ sort: 'added' })[0]).toBe('card.jpg')
    expect(names({ sort: 'duration' })).toEqual(['old.mp4', 'ridge.mp4', 'square.mp4', 'card.jpg'])
    expect(names({ sort: 'used' })[0]).toBe('ridge.mp4')
    expect(clock(75.4)).toBe('1:15')
  })
})

describe('the preview’s ad text cut (notes §5: 100 Latin or 50 Asian characters)', () => {
  it('keeps short text, and cuts at the weighted limit with CJK counting two', () => {
    expect(cutToWeightedLength('Trail shoes', 100)).toEqual({ shown: 'Trail shoes', cut: false })
    expect(cutToWeightedLength('a'.repeat(120), 100)).toEqual({ shown: 'a'.repeat(100), cut: true })
    expect(cutToWeightedLength('山'.repeat(60), 100)).toEqual({ shown: '山'.repeat(50), cut: true })
    expect(cutToWeightedLength(`${'a'.repeat(99)}山`, 100)).toEqual({ shown: 'a'.repeat(99), cut: true })
  })
})
