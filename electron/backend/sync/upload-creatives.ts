/**
 * Before the ads that need them are sent, the library creatives they name
 * (`library:<md5>` in a manual ad's `video_id` / `image_ids`, or a Smart+ ad's
 * creatives: shared/creatives/entity-media.ts) get their TikTok ids, and the
 * ads' working copy is rewritten to those ids.
 *
 * Nothing is uploaded twice: a creative whose record has TikTok's id is checked
 * with /file/video|image/ad/info/; a video without one is first looked for among
 * the advertiser's videos by signature (/file/video/ad/search/, every page,
 * once per post) — which also finds an upload whose answer a crash or a cut
 * connection lost. TikTok has no image search (notes tiktok-api-2026.md §4), so
 * an image whose answer was lost is uploaded again. The record notes when an
 * upload left (`uploadSentAt`) before it is sent, and TikTok's id and verdict
 * (`flaw_types`, `allowed_placements`, `displayable`) once answered.
 *
 * A failed upload fails only the ads that use it, with TikTok's message; a
 * cancel stops the file in flight mid-body (TikTok gets no whole file), and the
 * next post resumes with what is still missing.
 */
import { isLocalId } from '#shared/domain/entities'
import { signatureOfRef } from '#shared/creatives/creative-ref'
import { isMediaKind, mediaSlotsOf, resolvedMedia, type MediaEntityKind } from '#shared/creatives/entity-media'
import { patchOf, type EntityPatch } from '#shared/domain/account'
import { parentIdOf } from '#shared/domain/entity-kinds'
import type { LibraryCreative, UploadVerdict } from '#shared/creatives/creative'
import type { CreativeLibrary } from '../creatives/creative-library'
import { fetchAll } from '../tiktok-api/client'
import { AmbiguousRequestError } from '../tiktok-api/errors'
import type { UploadedImage, UploadedVideo } from '../tiktok-api/file-endpoints'
import { failure } from './outcome'
import type { PostRun } from './post-run'
import type { PlanItem } from './sync-plan'

const VIDEO_INFO_MAX = 60 // [SDK] FileApi.md ad_video_info: video_ids up to 60
const IMAGE_INFO_MAX = 100

export interface UploadProgress {
  /** Bytes read into upload bodies so far, out of the bytes of every file this post uploads. */
  done: number
  total: number
  /** The file being sent. */
  fileName?: string
}

/** Why a creative has no TikTok id after this step: the message lands on every ad that uses it. */
type Missing = { cancelled: true } | { error: unknown }

const videoVerdict = (v: UploadedVideo, at: string, found: boolean): UploadVerdict => ({
  ...(v.material_id ? { materialId: v.material_id } : {}),
  ...(v.flaw_types ? { flawTypes: v.flaw_types } : {}),
  ...(v.allowed_placements ? { allowedPlacements: v.allowed_placements } : {}),
  ...(v.displayable !== undefined ? { displayable: v.displayable } : {}),
  uploadedAt: at,
  ...(found ? { found: true } : {}),
})
const imageVerdict = (i: UploadedImage, at: string, found: boolean): UploadVerdict => ({
  ...(i.material_id ? { materialId: i.material_id } : {}),
  ...(i.is_carousel_usable !== undefined ? { carouselUsable: i.is_carousel_usable } : {}),
  uploadedAt: at,
  ...(found ? { found: true } : {}),
})

/** The signatures an ad (manual or Smart+) names by library reference. */
function refsOf(kind: MediaEntityKind, ad: unknown): string[] {
  return mediaSlotsOf(kind, ad)
    .map((slot) => signatureOfRef(slot.value))
    .filter((s): s is string => s !== null)
}

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size))
  return out
}

/**
 * Uploads (or finds) what the plan's ads name by reference and points the ads
 * at TikTok's ids. Answers the items that must not be sent: their outcome is
 * already recorded (failed with the upload's message, or skipped on cancel).
 */
export async function uploadCreatives(
  run: PostRun,
  library: CreativeLibrary | undefined,
  items: readonly PlanItem[],
  onUpload?: (p: UploadProgress) => void,
): Promise<Set<PlanItem>> {
  const { store, client, advertiserId } = run
  const held = new Set<PlanItem>()
  const needs = new Map<PlanItem, string[]>()
  for (const item of items) {
    const kind = item.kind
    if (!isMediaKind(kind) || item.blockedBy || (item.action !== 'create' && item.action !== 'update')) continue
    const ad = store.workingEntity(kind, item.id)
    // An ad whose ad group was not posted is not sent, so its files need not leave yet.
    const sigs = ad && !isLocalId(parentIdOf(kind, ad) ?? '') ? refsOf(kind, ad) : []
    if (sigs.length) needs.set(item, sigs)
  }
  if (needs.size === 0) return held

  const signatures = [...new Set([...needs.values()].flat())]
  const ids = new Map<string, string>()
  const missing = new Map<string, Missing>()
  const at = () => run.now().toISOString()
  const records = new Map<string, LibraryCreative>()
  for (const sig of signatures) {
    const c = library?.get(sig)
    if (c) records.set(sig, c)
    else missing.set(sig, { error: new Error('This creative is not in the library any more; add the file again or pick another.') })
  }
  const adopt = (sig: string, id: string, verdict: UploadVerdict) => {
    library!.update(sig, (c) => {
      const { uploadSentAt: _s, ...rest } = c
      return { ...rest, tiktokId: id, verdict }
    })
    ids.set(sig, id)
  }

  // 1. Ids already known: still on TikTok? (an id from another account, or deleted there, is uploaded again)
  const known = [...records.values()].filter((c) => c.tiktokId)
  // Per kind: its info endpoint, each answer as [TikTok's id, its verdict] (the first upload's date and origin kept).
  const infoOf = {
    video: {
      max: VIDEO_INFO_MAX,
      read: async (ids: string[]) => (await client.videoInfo(advertiserId, ids)).list.map((v) => [v.video_id, v] as const),
    },
    image: {
      max: IMAGE_INFO_MAX,
      read: async (ids: string[]) => (await client.imageInfo(advertiserId, ids)).list.map((i) => [i.image_id, i] as const),
    },
  }
  try {
    for (const kind of ['video', 'image'] as const)
      for (const batch of chunks(
        known.filter((c) => c.facts.kind === kind),
        infoOf[kind].max,
      ))
        for (const [id, answer] of await infoOf[kind].read(batch.map((c) => c.tiktokId!))) {
          const c = batch.find((x) => x.tiktokId === id)
          if (!c) continue
          const [uploadedAt, found] = [c.verdict?.uploadedAt ?? at(), c.verdict?.found ?? false]
          adopt(
            c.signature,
            id,
            kind === 'video' ? videoVerdict(answer as UploadedVideo, uploadedAt, found) : imageVerdict(answer as UploadedImage, uploadedAt, found),
          )
        }
  } catch (error) {
    for (const c of known) if (!ids.has(c.signature)) missing.set(c.signature, { error })
  }

  // 2. Videos TikTok may already have, uploaded by another tool, another post, or one whose answer was lost.
  let onTikTok: Map<string, UploadedVideo> | null = null
  const searchVideos = async () => {
    const all: UploadedVideo[] = await fetchAll(client.videoPages(advertiserId))
    onTikTok = new Map(all.filter((v) => v.signature).map((v) => [v.signature!.toLowerCase(), v]))
    return onTikTok
  }
  const todo = () => [...records.values()].filter((c) => !ids.has(c.signature) && !missing.has(c.signature))
  if (todo().some((c) => c.facts.kind === 'video')) {
    try {
      const found = await searchVideos()
      for (const c of todo()) {
        const v = c.facts.kind === 'video' ? found.get(c.signature) : undefined
        if (v) adopt(c.signature, v.video_id, videoVerdict(v, at(), true))
      }
    } catch (error) {
      for (const c of todo()) if (c.facts.kind === 'video') missing.set(c.signature, { error })
    }
  }

  // 3. Upload the rest, one at a time (the client paces each endpoint; parallel uploads would only share the line).
  const uploads = todo()
  const total = uploads.reduce((n, c) => n + c.facts.sizeBytes, 0)
  let done = 0
  for (const c of uploads) {
    if (run.stopped()) {
      missing.set(c.signature, { cancelled: true })
      continue
    }
    const state = library!.sourceState(c)
    if (state !== 'ok') {
      missing.set(c.signature, {
        error: new Error(
          state === 'missing'
            ? `The file of “${c.fileName}” was moved or deleted (${c.sourcePath}); add it to the library again.`
            : `The file of “${c.fileName}” changed since it was added, so it no longer matches its signature; add it to the library again.`,
        ),
      })
      continue
    }
    library!.update(c.signature, (r) => ({ ...r, uploadSentAt: at() }))
    const startedAt = done
    onUpload?.({ done, total, fileName: c.fileName })
    const file = {
      path: c.sourcePath,
      signature: c.signature,
      fileName: c.fileName,
      onBytes: (n: number) => {
        done += n
        onUpload?.({ done, total, fileName: c.fileName })
      },
      isCancelled: run.stopped,
    }
    try {
      if (c.facts.kind === 'video') {
        const v = await client.uploadVideo(advertiserId, file)
        adopt(c.signature, v.video_id, videoVerdict(v, at(), false))
      } else {
        const i = await client.uploadImage(advertiserId, file)
        adopt(c.signature, i.image_id, imageVerdict(i, at(), false))
      }
    } catch (error) {
      done = startedAt + c.facts.sizeBytes
      if (run.stopped()) {
        missing.set(c.signature, { cancelled: true })
        continue
      }
      // The answer was lost: the video may be on TikTok all the same. Look before anything is sent again.
      if (error instanceof AmbiguousRequestError && c.facts.kind === 'video') {
        try {
          const v = (await searchVideos()).get(c.signature)
          if (v) {
            adopt(c.signature, v.video_id, videoVerdict(v, at(), true))
            continue
          }
        } catch {
          // Unconfirmed: `uploadSentAt` stays, and the next post searches before uploading.
        }
      }
      missing.set(c.signature, { error })
    }
  }
  onUpload?.({ done: total, total })

  // 4. Ads whose creatives all have ids point at them; the others are held with the reason.
  const patches: EntityPatch[] = []
  for (const [item, sigs] of needs) {
    const why = sigs.map((s) => missing.get(s)).find((m) => m !== undefined)
    if (why) {
      held.add(item)
      if ('cancelled' in why) run.skip(item, 'Not sent: the post was cancelled while its creatives were uploading. Post again to finish.')
      else {
        const name = records.get(sigs.find((s) => missing.has(s))!)?.fileName
        const outcome = failure(item.kind, item.id, item.name, item.action, why.error, item.action === 'create' ? item.id : undefined)
        // TikTok's message (and code) stay; the field is the ad's media, not the upload form's.
        const { field: _f, ...rest } = outcome
        run.fail(
          {
            ...rest,
            field: item.kind === 'ad' ? 'video_id' : 'creative_list',
            message: `Upload of ${name ? `“${name}”` : 'its creative'} failed: ${outcome.message}`,
          },
          why.error,
        )
      }
      continue
    }
    const kind = item.kind as MediaEntityKind
    const resolve = (v: string) => {
      const sig = signatureOfRef(v)
      return sig ? ids.get(sig)! : v
    }
    patches.push(patchOf(kind, item.id, resolvedMedia(kind, store.workingEntity(kind, item.id), resolve)))
  }
  if (patches.length) run.merge(store.apply({ type: 'update', patches, label: 'Creatives uploaded to TikTok' }))
  return held
}
