/**
 * TikTok's creative specifications as data, per placement. Source: TikTok's
 * "Video ads specifications" help page (updated July 2024), the in-feed figures
 * agreeing across agency guides of 2023–2026 (notes tiktok-api-2026.md §5,
 * confidence Medium-High). A changed figure is a change here only. TikTok's
 * upload answer (`flaw_types`, `allowed_placements`) stays the final word.
 */
import type { Placement } from '#shared/domain/enums'
import type { AspectName } from './creative'

export interface VideoSpec {
  extensions: readonly string[]
  aspects: readonly AspectName[]
  /** Minimum width × height per aspect; absent = no hard minimum (only a recommendation). */
  minResolution?: Readonly<Record<AspectName, readonly [number, number]>>
  recommendedResolution: Readonly<Record<AspectName, readonly [number, number]>>
  minSeconds?: number
  maxSeconds: number
  minBitrateKbps: number
  maxBytes: number
}

const MB = 1024 * 1024
const RATIOS: Readonly<Record<AspectName, readonly [number, number]>> = { '9:16': [9, 16], '1:1': [1, 1], '16:9': [16, 9] }
export const ASPECT_RATIOS = RATIOS

export const VIDEO_SPECS: Readonly<Record<Placement, VideoSpec>> = {
  PLACEMENT_TIKTOK: {
    extensions: ['mp4', 'mov', 'mpeg', '3gp', 'avi'],
    aspects: ['9:16', '1:1', '16:9'],
    minResolution: { '9:16': [540, 960], '1:1': [640, 640], '16:9': [960, 540] },
    recommendedResolution: { '9:16': [1080, 1920], '1:1': [1080, 1080], '16:9': [1920, 1080] },
    minSeconds: 5,
    maxSeconds: 60,
    minBitrateKbps: 516,
    maxBytes: 500 * MB,
  },
  PLACEMENT_PANGLE: {
    extensions: ['mp4', 'mov', 'mpeg', 'avi'],
    aspects: ['9:16', '1:1', '16:9'],
    recommendedResolution: { '9:16': [720, 1280], '1:1': [640, 640], '16:9': [1280, 720] },
    minSeconds: 5,
    maxSeconds: 60,
    minBitrateKbps: 516,
    maxBytes: 500 * MB,
  },
  // The notes give Global App Bundle only a maximum ("up to 30 s"), so no minimum is enforced for it.
  PLACEMENT_GLOBAL_APP_BUNDLE: {
    extensions: ['mp4', 'mov', 'mpeg', 'avi'],
    aspects: ['9:16', '1:1', '16:9'],
    recommendedResolution: { '9:16': [720, 1280], '1:1': [640, 640], '16:9': [1280, 720] },
    maxSeconds: 30,
    minBitrateKbps: 516,
    maxBytes: 500 * MB,
  },
}

/** Image ads and carousel cards (in-feed): 720×1280 at least, 1080×1920 recommended, JPEG or PNG. */
export const IMAGE_SPEC = {
  extensions: ['jpg', 'jpeg', 'png'],
  minResolution: [720, 1280] as const,
  recommendedResolution: [1080, 1920] as const,
} as const

/** How far a width:height may be from a named ratio and still count as it (encoders round to even pixels). */
export const ASPECT_TOLERANCE = 0.01
