import { create } from 'zustand'
import type { CreativeAddResult, CreativeList, CreativeProgress, CreativeView } from '#shared/creatives/creative-view'
import { creativeLookup, type CreativeLookup } from '#shared/domain/validation/creative-rules'
import { call, messageOf, subscribe } from '../api/client'

/**
 * The open advertiser's creative library as the Creatives page, the ad
 * editor's picker and validation see it. Adding runs in the back end (hashing
 * and MediaInfo off the UI thread); its progress arrives as `creatives:progress`.
 */
interface CreativesStore {
  advertiserId: string | null
  creatives: CreativeView[]
  damaged: string[]
  /** For validation (shared/domain/validation/creative-rules.ts), rebuilt with the list. */
  lookup: CreativeLookup
  loading: boolean
  /** Bytes hashed while an add runs; null when none is running. */
  adding: CreativeProgress | null
  /** The last add's refusals, by file name, shown until the next add. */
  refused: Array<{ fileName: string; reason: string }>
  error: string | null
  load(advertiserId: string): Promise<void>
  add(paths: string[]): Promise<CreativeAddResult | null>
  pick(folder: boolean): Promise<void>
  setTags(signature: string, tags: string[]): Promise<void>
  remove(signature: string): Promise<void>
}

const lookupOf = (l: CreativeList) => creativeLookup(l.creatives.map((c) => ({ creative: c, sourceState: c.sourceState })))

export const useCreativesStore = create<CreativesStore>()((set, get) => {
  const take = (l: CreativeList) => set({ creatives: l.creatives, damaged: l.damaged, lookup: lookupOf(l), error: null })
  const advertiser = () => {
    const id = get().advertiserId
    if (!id) throw new Error('No advertiser account is open.')
    return id
  }
  const adding = async (run: () => Promise<CreativeAddResult>) => {
    set({ adding: { advertiserId: advertiser(), done: 0, total: 0 }, refused: [], error: null })
    try {
      const r = await run()
      take(r.library)
      set({ refused: r.outcomes.flatMap((o) => (o.refused ? [{ fileName: o.fileName, reason: o.refused }] : [])) })
      return r
    } catch (error) {
      set({ error: messageOf(error) })
      return null
    } finally {
      set({ adding: null })
    }
  }
  return {
    advertiserId: null,
    creatives: [],
    damaged: [],
    lookup: creativeLookup([]),
    loading: false,
    adding: null,
    refused: [],
    error: null,
    async load(advertiserId) {
      if (get().advertiserId !== advertiserId) set({ advertiserId, creatives: [], damaged: [], lookup: creativeLookup([]), refused: [] })
      set({ loading: true })
      try {
        const l = await call('creatives:list', { advertiserId })
        if (get().advertiserId === advertiserId) take(l)
      } catch (error) {
        set({ error: messageOf(error) })
      } finally {
        set({ loading: false })
      }
    },
    add: (paths) => adding(() => call('creatives:add', { advertiserId: advertiser(), paths })),
    async pick(folder) {
      await adding(() => call('creatives:pick', { advertiserId: advertiser(), folder }))
    },
    async setTags(signature, tags) {
      try {
        take(await call('creatives:set-tags', { advertiserId: advertiser(), signature, tags }))
      } catch (error) {
        set({ error: messageOf(error) })
      }
    },
    async remove(signature) {
      try {
        take(await call('creatives:remove', { advertiserId: advertiser(), signature }))
      } catch (error) {
        set({ error: messageOf(error) })
      }
    },
  }
})

/** Add progress, and a fresh list after sync changed the account (a post records TikTok's ids and verdicts; ads change "used by"). */
export function followCreativeEvents(): () => void {
  const offProgress = subscribe('creatives:progress', (p) => {
    if (p.advertiserId === useCreativesStore.getState().advertiserId && useCreativesStore.getState().adding) useCreativesStore.setState({ adding: p })
  })
  const offAccount = subscribe('account:changed', ({ advertiserId }) => {
    if (advertiserId === useCreativesStore.getState().advertiserId) void useCreativesStore.getState().load(advertiserId)
  })
  return () => {
    offProgress()
    offAccount()
  }
}

/**
 * The library's media URL for a creative (the app's creative: scheme, or the harness's bridge route); with a variant,
 * its thumbnail (`/thumb`) or, for a cover key, the cached cover of a video or image on TikTok (`/cover`), the
 * variant going after the key (media-response.ts MEDIA_PATH).
 */
export function mediaUrl(advertiserId: string, key: string, variant?: 'thumb' | 'cover'): string {
  const url = window.adwright?.mediaUrl(advertiserId, key) ?? ''
  if (!variant || !url) return url
  const q = url.indexOf('?')
  return q < 0 ? `${url}/${variant}` : `${url.slice(0, q)}/${variant}${url.slice(q)}`
}

/**
 * The paths of files dropped on the page: Electron names each File's path; a
 * plain browser does not, but file managers put `file://` URIs on the drop.
 */
export function droppedPaths(data: DataTransfer): string[] {
  const fromFiles = [...data.files].map((f) => window.adwright?.pathForFile(f) ?? null).filter((p): p is string => !!p)
  if (fromFiles.length) return fromFiles
  return data
    .getData('text/uri-list')
    .split(/\r?\n/)
    .filter((l) => l.startsWith('file://'))
    .map((l) => decodeURIComponent(new URL(l).pathname))
}
