/**
 * How an ad names a library creative before it is on TikTok. The ad keeps its
 * TikTok fields (`video_id`, `image_ids`), and a creative not yet uploaded
 * stands in them as `library:<md5>` — its signature, which is also what TikTok
 * will know it by (notes tiktok-api-2026.md §4). At post time the upload step
 * (electron/backend/sync/upload-creatives.ts) replaces each reference with
 * TikTok's id in the working copy, so what is posted, recorded as the baseline
 * and downloaded again is TikTok's own id (docs/ARCHITECTURE.md, "Creatives").
 */
import type { Placement } from '#shared/domain/enums'
import { PLACEMENTS } from '#shared/domain/enums'
import type { LibraryCreative } from './creative'

export const LIBRARY_REF_PREFIX = 'library:'
const REF = /^library:([0-9a-f]{32})$/

export const libraryRef = (signature: string) => `${LIBRARY_REF_PREFIX}${signature}`

/** The signature a field value names, or null when it is not a library reference (a TikTok id, or nothing). */
export function signatureOfRef(value: string | undefined | null): string | null {
  const m = value ? REF.exec(value) : null
  return m ? m[1]! : null
}

/** How many ads use each creative, keyed by signature ("used by N ads"); each ad given as its media values (./entity-media.ts). */
export function usageCounts(
  adsMedia: Iterable<readonly string[]>,
  creatives: readonly Pick<LibraryCreative, 'signature' | 'tiktokId'>[],
): Map<string, number> {
  const bySignature = new Map<string, string>()
  for (const c of creatives) {
    bySignature.set(libraryRef(c.signature), c.signature)
    if (c.tiktokId) bySignature.set(c.tiktokId, c.signature)
  }
  const counts = new Map<string, number>(creatives.map((c) => [c.signature, 0]))
  for (const values of adsMedia) {
    const seen = new Set<string>()
    for (const v of values) {
      const sig = bySignature.get(v)
      if (sig && !seen.has(sig)) {
        seen.add(sig)
        counts.set(sig, (counts.get(sig) ?? 0) + 1)
      }
    }
  }
  return counts
}

/** The placements an ad group shows on: automatic placement may use any of them. */
export function placementsOf(ag: { placement_type?: string; placements?: readonly string[] }): Placement[] {
  return ag.placement_type === 'PLACEMENT_TYPE_NORMAL' ? PLACEMENTS.filter((p) => (ag.placements ?? []).includes(p)) : [...PLACEMENTS]
}
