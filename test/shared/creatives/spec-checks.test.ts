import { describe, expect, it } from 'vitest'
import type { MediaFacts } from '#shared/creatives/creative'
import { aspectOf, checkCreativeFile } from '#shared/creatives/spec-checks'

const video = (f: Partial<MediaFacts> = {}): MediaFacts => ({
  kind: 'video',
  format: 'MPEG-4',
  extension: 'mp4',
  width: 1080,
  height: 1920,
  sizeBytes: 20 * 1024 * 1024,
  durationSeconds: 15,
  bitrateKbps: 4000,
  videoCodec: 'AVC',
  ...f,
})
const image = (f: Partial<MediaFacts> = {}): MediaFacts => ({
  kind: 'image',
  format: 'JPEG',
  extension: 'jpg',
  width: 1080,
  height: 1920,
  sizeBytes: 300_000,
  ...f,
})
const ALL = ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE', 'PLACEMENT_GLOBAL_APP_BUNDLE'] as const
const rules = (f: MediaFacts, placements: readonly (typeof ALL)[number][] = ALL) =>
  checkCreativeFile(f, placements).map((p) => `${p.ruleId}@${p.placement ?? '*'}`)

describe('creative spec checks (notes tiktok-api-2026.md §5)', () => {
  it('passes a 1080×1920, 15 s, 4 Mbps MP4 everywhere', () => {
    expect(checkCreativeFile(video(), ALL)).toEqual([])
  })

  it('names the three accepted aspect ratios, with encoder rounding', () => {
    expect(aspectOf(1080, 1920)).toBe('9:16')
    expect(aspectOf(720, 720)).toBe('1:1')
    expect(aspectOf(1920, 1080)).toBe('16:9')
    expect(aspectOf(1080, 1918)).toBe('9:16')
    expect(aspectOf(1440, 1080)).toBeNull()
  })

  it('refuses a 4:3 video on every placement, saying what to do', () => {
    const problems = checkCreativeFile(video({ width: 1440, height: 1080 }), ALL)
    expect(problems.map((p) => p.ruleId)).toEqual(['creative.video.aspect', 'creative.video.aspect', 'creative.video.aspect'])
    expect(problems[0]!.message).toBe('TikTok: 1440×1080 is not 9:16, 1:1, 16:9; crop or pad the video to one of them.')
  })

  it('wants at least 540×960 on TikTok, and only recommends sizes on Pangle', () => {
    expect(rules(video({ width: 360, height: 640 }))).toEqual([
      'creative.video.resolution@PLACEMENT_TIKTOK',
      'creative.video.resolution-low@PLACEMENT_PANGLE',
      'creative.video.resolution-low@PLACEMENT_GLOBAL_APP_BUNDLE',
    ])
    expect(checkCreativeFile(video({ width: 540, height: 960 }), ['PLACEMENT_TIKTOK']).map((p) => p.severity)).toEqual(['warning'])
  })

  it('keeps TikTok and Pangle to 5–60 s and Global App Bundle to 30 s', () => {
    expect(rules(video({ durationSeconds: 4.5 }))).toEqual(['creative.video.duration@PLACEMENT_TIKTOK', 'creative.video.duration@PLACEMENT_PANGLE'])
    expect(rules(video({ durationSeconds: 45 }))).toEqual(['creative.video.duration@PLACEMENT_GLOBAL_APP_BUNDLE'])
    expect(rules(video({ durationSeconds: 61 }))).toHaveLength(3)
    expect(rules(video({ durationSeconds: 60 }))).toEqual(['creative.video.duration@PLACEMENT_GLOBAL_APP_BUNDLE'])
  })

  it('wants 516 kbps or more and 500 MB or less', () => {
    expect(rules(video({ bitrateKbps: 515 }), ['PLACEMENT_TIKTOK'])).toEqual(['creative.video.bitrate@PLACEMENT_TIKTOK'])
    expect(rules(video({ bitrateKbps: 516 }), ['PLACEMENT_TIKTOK'])).toEqual([])
    expect(rules(video({ sizeBytes: 500 * 1024 * 1024 + 1 }), ['PLACEMENT_TIKTOK'])).toEqual(['creative.video.size@PLACEMENT_TIKTOK'])
  })

  it('takes .3gp on TikTok but not on Pangle or Global App Bundle', () => {
    expect(rules(video({ extension: '3gp' }))).toEqual(['creative.video.type@PLACEMENT_PANGLE', 'creative.video.type@PLACEMENT_GLOBAL_APP_BUNDLE'])
    expect(rules(video({ extension: 'mkv' }), ['PLACEMENT_TIKTOK'])).toEqual(['creative.video.type@PLACEMENT_TIKTOK'])
  })

  it('wants images of at least 720×1280 in JPEG or PNG', () => {
    expect(checkCreativeFile(image(), ALL)).toEqual([])
    expect(rules(image({ width: 640, height: 640 }))).toEqual(['creative.image.resolution@*'])
    expect(rules(image({ width: 720, height: 1280 }))).toEqual(['creative.image.resolution-low@*'])
    expect(rules(image({ extension: 'gif' }))).toEqual(['creative.image.type@*'])
  })
})
