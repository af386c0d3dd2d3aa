/**
 * The creatives channels: the library of each advertiser (creative-library.ts)
 * with what the page shows beside each record — whether its file is still
 * there, how many ads use it, its spec problems — and adds from files, a
 * dropped folder or the file dialog, with progress in bytes.
 */
import { readdirSync, statSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import { usageCounts } from '#shared/creatives/creative-ref'
import { mediaSlotsOf } from '#shared/creatives/entity-media'
import { thumbnailStore } from './thumbnail-store'
import { coverKeyOf, tiktokMediaStore } from './tiktok-media-store'
import type { MediaVariant } from './media-response'
import type { TikTokMediaView } from '#shared/creatives/tiktok-media'
import type { CreativeAddResult, CreativeList, CreativeProgress } from '#shared/creatives/creative-view'
import { PLACEMENTS } from '#shared/domain/enums'
import { checkCreativeFile } from '#shared/creatives/spec-checks'
import { VIDEO_SPECS, IMAGE_SPEC } from '#shared/creatives/spec-table'
import type { Now } from '#shared/time/clock'
import type { AccountService } from '../accounts/account-service'
import { ServiceError } from '../app/service-error'
import { openCreativeLibrary } from './creative-library'

export interface CreativesServiceDeps {
  accounts: AccountService
  now: Now
  onProgress: (p: CreativeProgress) => void
  /** The OS file dialog (main only); absent where there is none, e.g. the browser harness. */
  pickPaths?: (options: { folder: boolean }) => Promise<string[]>
}

/** Every extension any placement takes: a folder is scanned for these only. */
const MEDIA_EXTENSIONS = new Set([...Object.values(VIDEO_SPECS).flatMap((s) => s.extensions), ...IMAGE_SPEC.extensions])
/** A whole folder, one level down at most, is plenty for a shoot's exports; deeper trees are more likely a mistake. */
const FOLDER_DEPTH = 2
const MAX_FILES = 5000

function expand(paths: readonly string[]): string[] {
  const out: string[] = []
  const walk = (path: string, depth: number, explicit: boolean) => {
    let isDir = false
    try {
      isDir = statSync(path).isDirectory()
    } catch {
      // Reported by the add as "does not exist".
    }
    if (!isDir) {
      if (explicit || MEDIA_EXTENSIONS.has(extname(path).slice(1).toLowerCase())) out.push(path)
      return
    }
    if (depth >= FOLDER_DEPTH) return
    for (const name of readdirSync(path).sort()) if (!name.startsWith('.')) walk(join(path, name), depth + 1, false)
  }
  for (const p of paths) walk(p, 0, true)
  if (out.length > MAX_FILES) throw new ServiceError('INVALID_REQUEST', `That is ${out.length} files; add at most ${MAX_FILES} at a time.`)
  return out
}

export function createCreativesService(deps: CreativesServiceDeps) {
  const libraryOf = (advertiserId: string) => openCreativeLibrary(deps.accounts.dirFor(advertiserId), deps.now)

  /** Each ad's media values (entity-media.ts), for "used by N ads". */
  const adsMedia = (advertiserId: string) => {
    const store = deps.accounts.store(advertiserId)
    return (['ad', 'smart_plus_ad'] as const).flatMap((kind) =>
      [...store.workingEntities(kind)].map((e) => mediaSlotsOf(kind, e).map((slot) => slot.value)),
    )
  }

  function list(advertiserId: string): CreativeList {
    const library = libraryOf(advertiserId)
    const { creatives, damaged } = library.list()
    const media = adsMedia(advertiserId)
    const used = usageCounts(media, creatives)
    const thumbs = thumbnailStore(deps.accounts.dirFor(advertiserId)).all()
    return {
      creatives: creatives.map((c) => ({
        ...c,
        hasThumbnail: thumbs.has(c.signature),
        sourceState: library.sourceState(c),
        usedBy: used.get(c.signature) ?? 0,
        problems: checkCreativeFile(c.facts, PLACEMENTS),
      })),
      damaged,
    }
  }

  async function add(advertiserId: string, paths: readonly string[]): Promise<CreativeAddResult> {
    const files = expand(paths)
    const outcomes = await libraryOf(advertiserId).add(files, (done, total) => deps.onProgress({ advertiserId, done, total }))
    return {
      outcomes: outcomes.map((o) =>
        'added' in o
          ? { path: o.path, fileName: o.added.fileName, signature: o.added.signature, duplicate: o.duplicate }
          : { path: o.path, fileName: basename(o.path), refused: o.refused },
      ),
      library: list(advertiserId),
    }
  }

  const service = {
    list,
    add,
    async pick(advertiserId: string, folder: boolean): Promise<CreativeAddResult> {
      if (!deps.pickPaths) throw new ServiceError('NOT_FOUND', 'There is no file dialog in this window; drop the files onto the library instead.')
      const paths = await deps.pickPaths({ folder })
      return paths.length ? add(advertiserId, paths) : { outcomes: [], library: list(advertiserId) }
    },
    setTags(advertiserId: string, signature: string, tags: string[]): CreativeList {
      const clean = [...new Set(tags.map((t) => t.trim()).filter(Boolean))]
      if (!libraryOf(advertiserId).update(signature, (c) => ({ ...c, tags: clean })))
        throw new ServiceError('NOT_FOUND', 'That creative is not in the library.')
      return list(advertiserId)
    },
    remove(advertiserId: string, signature: string): CreativeList {
      const view = list(advertiserId).creatives.find((c) => c.signature === signature)
      if (!view) throw new ServiceError('NOT_FOUND', 'That creative is not in the library.')
      libraryOf(advertiserId).remove(signature, view.usedBy)
      thumbnailStore(deps.accounts.dirFor(advertiserId)).remove(signature)
      return list(advertiserId)
    },
    /** Keeps the renderer's thumbnail of a library creative; none for a creative not in the library. */
    saveThumbnail(advertiserId: string, signature: string, jpegBase64: string): null {
      if (!libraryOf(advertiserId).get(signature)) throw new ServiceError('NOT_FOUND', 'That creative is not in the library.')
      thumbnailStore(deps.accounts.dirFor(advertiserId)).save(signature, Buffer.from(jpegBase64, 'base64'))
      return null
    },
    /** The thumbnail's file, served like the creative's own (media-response.ts); null until one is made. */
    thumbnailOf(advertiserId: string, signature: string): { path: string; extension: string } | null {
      const store = thumbnailStore(deps.accounts.dirFor(advertiserId))
      return store.has(signature) ? { path: store.pathOf(signature), extension: 'jpg' } : null
    },
    /**
     * What a media URL serves (media-response.ts MEDIA_PATH): the creative's file, its thumbnail with `/thumb`, or
     * with `/cover` the cached cover of a video or image already on TikTok (the key is then a cover key).
     */
    mediaFileOf(advertiserId: string, key: string, variant: MediaVariant | undefined): { path: string; extension: string } | null {
      if (variant === 'thumb') return service.thumbnailOf(advertiserId, key)
      if (variant === 'cover') {
        const store = tiktokMediaStore(deps.accounts.dirFor(advertiserId))
        return store.hasCover(key) ? { path: store.coverPath(key), extension: 'jpg' } : null
      }
      return service.sourceOf(advertiserId, key)
    },
    /** The videos and images the advertiser had on TikTok at the last pull, with their cached covers and "used by N ads". */
    tiktokMedia(advertiserId: string): TikTokMediaView {
      const media = tiktokMediaStore(deps.accounts.dirFor(advertiserId)).load()
      // Counted by TikTok id, as an ad names them; the key only has to be unique per id.
      const ids = [...media.videos.map((v) => v.video_id), ...media.images.map((i) => i.image_id)]
      const used = usageCounts(
        adsMedia(advertiserId),
        ids.map((id) => ({ signature: coverKeyOf(id), tiktokId: id })),
      )
      const usedBy = (id: string) => used.get(coverKeyOf(id)) ?? 0
      return {
        ...media,
        videos: media.videos.map((v) => ({ ...v, usedBy: usedBy(v.video_id) })),
        images: media.images.map((i) => ({ ...i, usedBy: usedBy(i.image_id) })),
      }
    },
    /** The file behind a creative, for the media route (thumbnails, the preview's video); null when unknown or gone. */
    sourceOf(advertiserId: string, signature: string): { path: string; kind: 'video' | 'image'; extension: string } | null {
      const library = libraryOf(advertiserId)
      const c = library.get(signature)
      if (!c || library.sourceState(c) === 'missing') return null
      return { path: c.sourcePath, kind: c.facts.kind, extension: c.facts.extension }
    },
  }
  return service
}
export type CreativesService = ReturnType<typeof createCreativesService>
