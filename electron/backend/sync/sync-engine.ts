/**
 * Sync for one advertiser: download, check, post, cancel, conflicts. Runs in
 * plain Node (the app's main process and the CLI), one operation at a time.
 */
import type { AccountDelta } from '#shared/domain/account'
import { withFieldsOf, type EntityKind } from '#shared/domain/entity-kinds'
import type { CheckResult, DownloadPreview, DownloadResult, PostResult, SyncProgress, SyncState } from '#shared/domain/sync'
import type { ValidationContext } from '#shared/domain/validation/index'
import type { AccountStore } from '../accounts/store/account-store'
import { entityKey } from '../accounts/store/store-types'
import { ServiceError } from '../app/service-error'
import type { TikTokClient } from '../tiktok-api/client'
import { loadAdvertiserProfile, saveAdvertiserProfile } from '../accounts/advertiser-profile'
import { openCreativeLibrary } from '../creatives/creative-library'
import { postChanges } from './post-changes'
import { downloadAudiences } from './download-audiences'
import { openAudienceCatalogue } from '../accounts/audience-catalogue'
import { mergeDeltas } from './post-run'
import { fetchAdvertiserProfile } from './profile-refresh'
import { copySparkPostCovers, imageIdsOf, refreshTikTokMedia } from './media-refresh'
import { tiktokMediaStore } from '../creatives/tiktok-media-store'
import { pauseNewCampaigns, spendOf } from './start-paused'
import { conflictFor, downloadAll, pendingEditsAndDeletes } from './server-versions'
import { previewUnlessConfirmed } from './download-confirmation'
import { openJournal } from './sync-journal'
import { loadSyncMeta, saveSyncMeta } from './sync-meta'
import { buildPlan, checkResult, type ExtraChecks } from './sync-plan'
import type { Now } from '#shared/time/clock'

export interface SyncEngineDeps {
  store: AccountStore
  /** The advertiser's folder, where the journal and sync-state.json live. */
  dir: string
  client: () => Promise<TikTokClient>
  validation: () => ValidationContext
  /** Compliance rules and other checks beyond validateAccount. */
  extraChecks?: ExtraChecks
  onProgress?: (p: SyncProgress) => void
  /** Told each time a local creation gets TikTok's id, once the store has it (the CLI's plan record follows ids with it). */
  onCreated?: (kind: EntityKind, localId: string, serverId: string) => void
  now: Now
}

/** A download done, or not written because it would take something from the buyer (see `download`). */
export type DownloadRun =
  { result: DownloadResult; delta: AccountDelta; preview?: undefined } | { result?: undefined; delta: null; preview: DownloadPreview }

export function createSyncEngine(deps: SyncEngineDeps) {
  const { store, dir } = deps
  const advertiserId = store.advertiserId
  const now = deps.now
  const meta = loadSyncMeta(dir)
  const journal = openJournal(dir)
  let running: SyncState['running'] = null
  let cancelled = false

  async function exclusive<T>(what: 'download' | 'post', run: () => Promise<T>): Promise<T> {
    if (running) throw new ServiceError('CONFLICT', `A ${running === 'post' ? 'post' : 'download'} is already running for this advertiser.`)
    running = what
    cancelled = false
    try {
      return await run()
    } finally {
      running = null
      saveSyncMeta(dir, meta)
    }
  }

  const progress = (phase: SyncProgress['phase'], done: number, total: number) => deps.onProgress?.({ advertiserId, phase, done, total, failed: 0 })

  return {
    advertiserId,
    /**
     * "Get recent changes": the whole account from TikTok; local edits kept, collisions listed as conflicts.
     * A download that would remove local entities or overwrite local changes writes nothing and answers
     * what it would take (`preview`) until it is run again with that preview's `confirmation`.
     */
    download: (options: { confirmation?: string } = {}): Promise<DownloadRun> =>
      exclusive('download', async () => {
        progress('download', 0, 3)
        const client = await deps.client()
        const { set, objects } = await downloadAll(client, advertiserId)
        // Currency, time zone, custom-identity permission and identities, cached for offline drafting (profile-refresh.ts).
        // The cached posts stay for an identity whose posts cannot be listed this time.
        const profile = await fetchAdvertiserProfile(client, advertiserId, now(), loadAdvertiserProfile(dir))
        const media = tiktokMediaStore(dir)
        // Post covers are TikTok links valid for an hour: copied now, so the post picker shows them offline (one that
        // cannot be copied leaves its plain box).
        await copySparkPostCovers(media, profile.sparkPosts)
        // The audiences the ad groups name: size, validity, expiry (download-audiences.ts).
        await downloadAudiences(client, advertiserId, openAudienceCatalogue(dir))
        // The videos and images already on TikTok, with their covers copied for offline viewing (media-refresh.ts).
        await refreshTikTokMedia(client, advertiserId, media, imageIdsOf(set), now())
        // From here to the commit nothing awaits, so no edit can land between the plan and its commit.
        const at = now()
        const planned = store.prepareDownload(set, at)
        const preview = previewUnlessConfirmed(advertiserId, planned.losses, options.confirmation)
        if (preview) {
          progress('done', 3, 3)
          return { preview, delta: null }
        }
        const open = new Set(meta.conflicts.map((c) => entityKey(c.kind, c.id)))
        for (const p of pendingEditsAndDeletes(store)) {
          const key = entityKey(p.kind, p.id)
          const o = objects.get(key)
          if (!o || open.has(key)) continue
          const c = conflictFor(p, store.baselineEntity(p.kind, p.id), o, meta.modifyTimes[key], store.workingEntity(p.kind, p.id))
          if (c) meta.conflicts.push(c)
        }
        const delta = planned.apply()
        saveAdvertiserProfile(dir, profile)
        meta.modifyTimes = Object.fromEntries([...objects].map(([k, o]) => [k, o.modify_time]))
        // A conflict whose entity is gone from TikTok, or no longer edited locally, is over.
        meta.conflicts = meta.conflicts.filter((c) => objects.has(entityKey(c.kind, c.id)) && store.pendingFor(c.kind, c.id))
        progress('done', 3, 3)
        return {
          result: {
            advertiserId,
            // Manual and Smart+ objects of each level together, as the buyer counts them.
            campaigns: set.campaigns.length + set.smartPlusCampaigns.length,
            adgroups: set.adgroups.length + set.smartPlusAdgroups.length,
            ads: set.ads.length + set.smartPlusAds.length,
            conflicts: meta.conflicts.length,
            downloadedAt: at.toISOString(),
          },
          delta,
        }
      }),

    /** "Check changes": local only, no request. */
    check(): CheckResult {
      const validation = deps.validation()
      const plan = buildPlan(store, validation, meta.conflicts, deps.extraChecks)
      const result = checkResult(advertiserId, plan, meta.conflicts)
      return { ...result, spend: spendOf(store, result.changes, validation.currency) }
    },

    /** `startPaused`: new campaigns that would start enabled are paused first, as an undoable edit. */
    post: (options: { startPaused?: boolean } = {}): Promise<{ result: PostResult; delta: AccountDelta | null }> =>
      exclusive('post', async () => {
        let paused: AccountDelta | null = null
        if (options.startPaused) {
          const plan = buildPlan(store, deps.validation(), meta.conflicts, deps.extraChecks)
          paused = pauseNewCampaigns(store, checkResult(advertiserId, plan, meta.conflicts).changes)
        }
        const out = await postChanges({
          store,
          client: await deps.client(),
          advertiserId,
          journal,
          meta,
          validation: deps.validation(),
          extraChecks: deps.extraChecks,
          onProgress: deps.onProgress,
          onCreated: deps.onCreated,
          isCancelled: () => cancelled,
          now,
          audiences: openAudienceCatalogue(dir),
          creatives: openCreativeLibrary(dir, now),
          onUpload: (upload) => deps.onProgress?.({ advertiserId, phase: 'upload', done: 0, total: 0, failed: 0, upload }),
        })
        meta.lastPost = out.result
        return { result: out.result, delta: paused ? (out.delta ? mergeDeltas(paused, out.delta) : paused) : out.delta }
      }),

    /** Stops a running post after the request in flight; false when nothing is running. */
    cancel(): boolean {
      if (running !== 'post') return false
      cancelled = true
      return true
    },

    /** "Keep mine" sends the local version on the next post; "take theirs" puts TikTok's version in the working copy. */
    resolveConflict(kind: EntityKind, id: string, keep: 'mine' | 'theirs'): AccountDelta | null {
      const at = meta.conflicts.findIndex((c) => c.kind === kind && c.id === id)
      if (at < 0) throw new ServiceError('NOT_FOUND', `There is no conflict on ${kind} ${id}.`)
      let delta: AccountDelta | null = null
      if (keep === 'theirs') {
        // TikTok's values for the colliding fields; the user's other edits on the entity stay.
        const server = store.baselineEntity(kind, id)
        const working = store.workingEntity(kind, id)
        const stillMine = (store.pendingFor(kind, id)?.fields ?? []).filter((f) => !meta.conflicts[at]!.fields.includes(f))
        if (server) delta = store.takeServerBaseline({ kind, id }, server, working ? withFieldsOf(server, working, stillMine) : server)
      }
      meta.conflicts.splice(at, 1)
      saveSyncMeta(dir, meta)
      return delta
    },

    state(): SyncState {
      return {
        advertiserId,
        lastDownloadedAt: store.snapshot().lastDownloadedAt,
        lastPost: meta.lastPost,
        conflicts: meta.conflicts,
        unfinished: journal.entries().length,
        running,
      }
    },
  }
}
export type SyncEngine = ReturnType<typeof createSyncEngine>
