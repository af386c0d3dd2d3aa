/**
 * The ad's media as the library knows it: a value typed where an id belongs
 * (a file name is not a TikTok id), a library creative that is gone or whose
 * file moved or changed, and the creative's offline spec checks for the ad
 * group's placements (shared/creatives/spec-checks.ts, notes
 * tiktok-api-2026.md §5) with TikTok's own verdict once uploaded. Shown on the
 * ad, in the problems panel and in "Check changes" alike.
 */
import type { LibraryCreative } from '#shared/creatives/creative'
import { signatureOfRef } from '#shared/creatives/creative-ref'
import { checkCreativeFile } from '#shared/creatives/spec-checks'
import { placementsOf } from '#shared/creatives/creative-ref'
import { adMediaSlots, type MediaSlot } from '#shared/creatives/entity-media'
import type { Ad, AdGroup } from '../entities'
import type { Reporter } from './report'

const SPEC_SOURCE = 'https://ads.tiktok.com/help/article/video-ads-specifications'

/** What validation needs to know of one library creative. */
export interface CreativeFacts {
  creative: Pick<LibraryCreative, 'signature' | 'fileName' | 'facts' | 'tiktokId' | 'verdict'>
  sourceState: 'ok' | 'missing' | 'changed'
}

/** The advertiser's library, by signature or by the TikTok id a creative got when uploaded. */
export interface CreativeLookup {
  find(value: string): CreativeFacts | undefined
}

export function creativeLookup(entries: Iterable<CreativeFacts>): CreativeLookup {
  const byValue = new Map<string, CreativeFacts>()
  for (const e of entries) {
    byValue.set(e.creative.signature, e)
    if (e.creative.tiktokId) byValue.set(e.creative.tiktokId, e)
  }
  return { find: (value) => byValue.get(signatureOfRef(value) ?? value) }
}

/** A file name or path typed where TikTok's id belongs: ids have no dots, slashes or spaces. */
const looksLikeFile = (v: string) => /[\\/\s]|\.[a-z0-9]{2,4}$/i.test(v)

/** The ad group fields that say where the ad shows (manual and Smart+ alike). */
type PlacementsOf = Parameters<typeof placementsOf>[0]

function checkOne(report: Reporter, prefix: string, slot: MediaSlot, adgroup: PlacementsOf | undefined, lookup?: CreativeLookup) {
  const { field, value, want } = slot
  const ref = signatureOfRef(value)
  if (!ref) {
    // Image ids are web URIs with slashes (`ad-site-i18n-sg/…`), so only video ids are judged by their look.
    if (want === 'video' && looksLikeFile(value))
      report.error(
        `${prefix}.creative.not-an-id`,
        field,
        `“${value}” is a file name, not a TikTok video id. Add the file to the Creatives library and pick it there.`,
      )
  }
  const found = lookup?.find(value)
  if (!found) {
    if (ref && lookup)
      report.error(`${prefix}.creative.unknown`, field, `its ${want} is not in the Creatives library any more. Add the file again or pick another.`)
    return
  }
  const { creative, sourceState } = found
  if (creative.facts.kind !== want)
    return report.error(
      `${prefix}.creative.kind`,
      field,
      `“${creative.fileName}” is ${creative.facts.kind === 'video' ? 'a video' : 'an image'}; this field takes ${want === 'video' ? 'a video' : 'images'}.`,
    )
  if (ref && !creative.tiktokId) {
    if (sourceState === 'missing')
      report.error(
        `${prefix}.creative.missing`,
        field,
        `the file of “${creative.fileName}” was moved or deleted, so it cannot be uploaded. Add it to the library again.`,
      )
    if (sourceState === 'changed')
      report.error(
        `${prefix}.creative.changed`,
        field,
        `the file of “${creative.fileName}” changed since it was added; add it to the library again so the upload matches its signature.`,
      )
  }
  const placements = adgroup ? placementsOf(adgroup) : []
  for (const p of checkCreativeFile(creative.facts, placements)) {
    const advice = `“${creative.fileName}” — ${p.message}`
    if (p.severity === 'error') report.error(`${prefix}.${p.ruleId}`, field, advice, SPEC_SOURCE)
    else report.warning(`${prefix}.${p.ruleId}`, field, advice)
  }
  const v = creative.verdict
  const refused = v?.allowedPlacements ? placements.filter((p) => !v.allowedPlacements!.includes(p)) : []
  if (v && (refused.length > 0 || v.displayable === false))
    report.warning(
      `${prefix}.creative.tiktok-verdict`,
      field,
      `TikTok's check of “${creative.fileName}” ${v.displayable === false ? 'marks it not displayable' : `does not allow it on ${refused.join(', ')}`}${v.flawTypes?.length ? ` (flaws: ${v.flawTypes.join(', ')})` : ''}.`,
    )
}

/** Checks each media value of an ad (shared/creatives/entity-media.ts); `prefix` starts the rule ids (`ad`, `smart-plus.ad`). */
export function checkMediaSlots(
  report: Reporter,
  prefix: string,
  slots: readonly MediaSlot[],
  adgroup: PlacementsOf | undefined,
  lookup?: CreativeLookup,
): void {
  for (const slot of slots) checkOne(report, prefix, slot, adgroup, lookup)
}

export function checkAdCreatives(report: Reporter, ad: Ad, adgroup: AdGroup | undefined, lookup?: CreativeLookup): void {
  checkMediaSlots(report, 'ad', adMediaSlots(ad), adgroup, lookup)
}
