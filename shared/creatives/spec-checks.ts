/**
 * The offline first pass over a creative file against TikTok's specifications
 * (spec-table.ts), for the placements an ad group uses. Each problem names the
 * placement and says what to change; TikTok's own verdict after upload may still
 * differ, and is shown beside these.
 */
import type { Placement } from '#shared/domain/enums'
import type { AspectName, MediaFacts } from './creative'
import { ASPECT_RATIOS, ASPECT_TOLERANCE, IMAGE_SPEC, VIDEO_SPECS } from './spec-table'

export interface CreativeProblem {
  ruleId: string
  severity: 'error' | 'warning'
  /** Absent when the problem holds on every placement. */
  placement?: Placement
  message: string
}

const PLACEMENT_NAMES: Record<Placement, string> = {
  PLACEMENT_TIKTOK: 'TikTok',
  PLACEMENT_PANGLE: 'Pangle',
  PLACEMENT_GLOBAL_APP_BUNDLE: 'Global App Bundle',
}

export function aspectOf(width: number, height: number): AspectName | null {
  if (width <= 0 || height <= 0) return null
  const ratio = width / height
  for (const [name, [w, h]] of Object.entries(ASPECT_RATIOS) as Array<[AspectName, readonly [number, number]]>) {
    if (Math.abs(ratio / (w / h) - 1) <= ASPECT_TOLERANCE) return name
  }
  return null
}

/** A file size as the specs and the UI write it: one decimal below 10 MB. */
export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`
const mb = megabytes

function checkVideo(f: MediaFacts, placement: Placement, out: CreativeProblem[]) {
  const spec = VIDEO_SPECS[placement]
  const on = PLACEMENT_NAMES[placement]
  const add = (ruleId: string, message: string, severity: 'error' | 'warning' = 'error') =>
    out.push({ ruleId, severity, placement, message: `${on}: ${message}` })
  if (!spec.extensions.includes(f.extension))
    add('creative.video.type', `.${f.extension} files are not accepted; use ${spec.extensions.map((e) => `.${e}`).join(', ')}.`)
  const aspect = aspectOf(f.width, f.height)
  if (!aspect || !spec.aspects.includes(aspect)) {
    add('creative.video.aspect', `${f.width}×${f.height} is not ${spec.aspects.join(', ')}; crop or pad the video to one of them.`)
  } else {
    const min = spec.minResolution?.[aspect]
    if (min && (f.width < min[0] || f.height < min[1]))
      add('creative.video.resolution', `${f.width}×${f.height} is below the ${min[0]}×${min[1]} minimum for ${aspect}.`)
    const rec = spec.recommendedResolution[aspect]
    if ((!min || (f.width >= min[0] && f.height >= min[1])) && (f.width < rec[0] || f.height < rec[1]))
      add('creative.video.resolution-low', `${f.width}×${f.height} is below the recommended ${rec[0]}×${rec[1]}; it may look soft.`, 'warning')
  }
  const seconds = f.durationSeconds
  if (seconds !== undefined) {
    if (spec.minSeconds !== undefined && seconds < spec.minSeconds)
      add('creative.video.duration', `${seconds.toFixed(1)} s is shorter than ${spec.minSeconds} s.`)
    if (seconds > spec.maxSeconds) add('creative.video.duration', `${seconds.toFixed(1)} s is longer than ${spec.maxSeconds} s.`)
  }
  if (f.bitrateKbps !== undefined && f.bitrateKbps < spec.minBitrateKbps)
    add('creative.video.bitrate', `${Math.round(f.bitrateKbps)} kbps is below the ${spec.minBitrateKbps} kbps minimum; export at a higher bitrate.`)
  if (f.sizeBytes > spec.maxBytes) add('creative.video.size', `${mb(f.sizeBytes)} is over the ${mb(spec.maxBytes)} limit.`)
}

function checkImage(f: MediaFacts, out: CreativeProblem[]) {
  if (!(IMAGE_SPEC.extensions as readonly string[]).includes(f.extension))
    out.push({ ruleId: 'creative.image.type', severity: 'error', message: `.${f.extension} images are not accepted; use .jpg, .jpeg or .png.` })
  const [w, h] = IMAGE_SPEC.minResolution
  if (f.width < w || f.height < h)
    out.push({
      ruleId: 'creative.image.resolution',
      severity: 'error',
      message: `${f.width}×${f.height} is below the ${w}×${h} minimum for image ads.`,
    })
  else {
    const [rw, rh] = IMAGE_SPEC.recommendedResolution
    if (f.width < rw || f.height < rh)
      out.push({
        ruleId: 'creative.image.resolution-low',
        severity: 'warning',
        message: `${f.width}×${f.height} is below the recommended ${rw}×${rh}.`,
      })
  }
}

/** Problems of one file for the given placements (automatic placement: pass all three). */
export function checkCreativeFile(f: MediaFacts, placements: readonly Placement[]): CreativeProblem[] {
  const out: CreativeProblem[] = []
  if (f.kind === 'image') checkImage(f, out)
  else for (const p of placements) checkVideo(f, p, out)
  return out
}
