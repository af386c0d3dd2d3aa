import { create } from 'zustand'
import type { EntityKind } from '#shared/domain/entities'
import type { CheckResult, DownloadPreview, DownloadResult, PostResult, SyncProgress, SyncState } from '#shared/domain/sync'
import { call, messageOf, subscribe } from '../api/client'
import { useAudienceStore } from '../audiences/use-audience-store'
import { useTikTokMediaStore } from '../creatives/use-tiktok-media-store'
import { useProfileStore } from '../campaigns/use-profile-store'

type Busy = 'download' | 'check' | 'post' | null

/** The Sync page: the last check, the running post's progress, the last results and open conflicts. */
interface SyncStore {
  advertiserId: string | null
  state: SyncState | null
  check: CheckResult | null
  download: DownloadResult | null
  /** A download held back because it would remove or overwrite local work: asked before anything is written. */
  downloadPreview: DownloadPreview | null
  progress: SyncProgress | null
  busy: Busy
  cancelling: boolean
  error: string | null
  /** Post new campaigns paused (on unless the buyer turns it off), so a first post starts nothing spending. */
  startPaused: boolean
  setStartPaused(on: boolean): void
  load(advertiserId: string): Promise<void>
  /** `confirmation`: "Continue" on the preview of what the download takes away. */
  getRecentChanges(confirmation?: string): Promise<void>
  /** "Cancel" on that preview: nothing is downloaded. */
  dismissDownloadPreview(): void
  runCheck(): Promise<void>
  post(): Promise<PostResult | null>
  cancel(): Promise<void>
  resolve(kind: EntityKind, id: string, keep: 'mine' | 'theirs'): Promise<void>
}

export const useSyncStore = create<SyncStore>()((set, get) => {
  /** Runs one back-end step for the current advertiser, keeping `busy` and `error` honest. */
  async function step<T>(busy: Busy, run: (advertiserId: string) => Promise<T>): Promise<T | null> {
    const advertiserId = get().advertiserId
    if (!advertiserId || get().busy) return null
    set({ busy, error: null, cancelling: false })
    try {
      const value = await run(advertiserId)
      set({ state: await call('sync:state', { advertiserId }) })
      return value
    } catch (error) {
      set({ error: messageOf(error) })
      return null
    } finally {
      set({ busy: null, cancelling: false })
    }
  }
  return {
    advertiserId: null,
    state: null,
    check: null,
    download: null,
    downloadPreview: null,
    progress: null,
    busy: null,
    cancelling: false,
    error: null,
    async load(advertiserId) {
      if (get().advertiserId !== advertiserId)
        set({ advertiserId, check: null, download: null, downloadPreview: null, progress: null, state: null, error: null })
      try {
        set({ state: await call('sync:state', { advertiserId }) })
      } catch (error) {
        set({ error: messageOf(error) })
      }
    },
    startPaused: true,
    setStartPaused: (on) => set({ startPaused: on }),
    async getRecentChanges(confirmation) {
      set({ downloadPreview: null })
      await step('download', async (advertiserId) => {
        const outcome = await call('sync:download', { advertiserId, confirmation })
        if (outcome.status === 'needs-confirmation') return set({ downloadPreview: outcome.preview, download: null })
        void useProfileStore.getState().load(advertiserId) // the pull refreshed the cached identities
        void useAudienceStore.getState().load(advertiserId) // and the audiences' sizes and status
        void useTikTokMediaStore.getState().load(advertiserId) // and the videos and images already on TikTok
        set({ download: outcome.result, check: await call('sync:check', { advertiserId }) })
      })
    },
    dismissDownloadPreview: () => set({ downloadPreview: null }),
    async runCheck() {
      await step('check', async (advertiserId) => set({ check: await call('sync:check', { advertiserId }) }))
    },
    async post() {
      set({ progress: null, download: null })
      return step('post', async (advertiserId) => {
        const result = await call('sync:post', { advertiserId, startPaused: get().startPaused })
        void useAudienceStore.getState().load(advertiserId) // drafted audiences the post sent now have TikTok's ids
        set({ check: await call('sync:check', { advertiserId }) })
        return result
      })
    },
    async cancel() {
      const advertiserId = get().advertiserId
      if (!advertiserId) return
      set({ cancelling: true })
      await call('sync:cancel', { advertiserId }).catch((error) => set({ error: messageOf(error) }))
    },
    async resolve(kind, id, keep) {
      const advertiserId = get().advertiserId
      if (!advertiserId) return
      try {
        const state = await call('sync:resolve-conflict', { advertiserId, kind, id, keep })
        set({ state, check: await call('sync:check', { advertiserId }) })
      } catch (error) {
        set({ error: messageOf(error) })
      }
    },
  }
})

export function followSyncEvents(): () => void {
  return subscribe('sync:progress', (progress) => {
    if (progress.advertiserId === useSyncStore.getState().advertiserId) useSyncStore.setState({ progress })
  })
}
