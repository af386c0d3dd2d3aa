/**
 * The advertiser's asset library on the sandbox's side: videos and images as
 * TikTok's upload and info endpoints describe them ([SDK]
 * python_sdk/docs/FileApi.md; notes tiktok-api-2026.md §4). Kept in the
 * sandbox state beside the ad objects, so uploads survive a restart.
 */
import type { SandboxState } from './sandbox-state'

export interface StoredVideo {
  advertiser_id: string
  video_id: string
  material_id: string
  file_name: string
  signature: string
  width: number
  height: number
  duration: number
  bit_rate: number
  format: string
  size: number
  video_cover_url: string
  preview_url: string
  allowed_placements: string[]
  displayable: boolean
  flaw_types: string[]
  create_time: string
}

export interface StoredImage {
  advertiser_id: string
  image_id: string
  material_id: string
  file_name: string
  signature: string
  width: number
  height: number
  format: string
  size: number
  image_url: string
  is_carousel_usable: boolean
  create_time: string
}

export interface MaterialData {
  counter: number
  videos: Record<string, StoredVideo>
  images: Record<string, StoredImage>
}

export function materialsOf(state: SandboxState): MaterialData {
  state.data.materials ??= { counter: 0, videos: {}, images: {} }
  return state.data.materials
}

/** TikTok's video ids look like `v10033g50000…`; image ids are `ad-site-i18n-sg/…` web URIs. Both are opaque strings. */
export function nextMaterialIds(state: SandboxState, kind: 'video' | 'image') {
  const m = materialsOf(state)
  m.counter += 1
  const serial = String(m.counter).padStart(8, '0')
  return kind === 'video'
    ? { id: `v10033g50000sandbox${serial}`, material: `7310${serial.padStart(15, '0')}` }
    : { id: `ad-site-i18n-sg/sandbox${serial}`, material: `7311${serial.padStart(15, '0')}` }
}
