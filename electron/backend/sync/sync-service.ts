/**
 * The sync channels: one engine per advertiser over the open account store,
 * the client for the active connection profile, events for progress and for
 * the account and status changes a sync makes.
 */
import type { EntityKind } from '#shared/domain/entity-kinds'
import { join } from 'node:path'
import type { AccountDelta } from '#shared/domain/account'
import type { DownloadOutcome } from '#shared/domain/sync'
import type { SandboxFaultRule, SandboxFaultsChange, SandboxFaultsState } from '#shared/domain/sandbox-faults'
import { geo } from '#shared/targeting/geo'
import type { ConnectionProfile } from '#shared/settings/settings'
import type { AccountService } from '../accounts/account-service'
import { loadAdvertiserProfile } from '../accounts/advertiser-profile'
import { openCreativeLibrary } from '../creatives/creative-library'
import type { EventHub } from '../app/event-hub'
import type { Faults } from '../sandbox/faults'
import { openAudienceCatalogue } from '../accounts/audience-catalogue'
import { ServiceError } from '../app/service-error'
import type { TikTokClient } from '../tiktok-api/client'
import { TikTokApiError } from '../tiktok-api/errors'
import { createSyncEngine, type SyncEngine } from './sync-engine'
import type { ExtraChecks } from './sync-plan'
import type { Now } from '#shared/time/clock'

export interface SyncServiceDeps {
  accounts: AccountService
  events: EventHub
  dataDir: string
  profile: () => ConnectionProfile
  /** A client for a connection profile, with the token of the login that reaches the advertiser; absent where nothing can reach TikTok. */
  client?: (profile: ConnectionProfile, advertiserId: string) => Promise<TikTokClient>
  /** The embedded sandbox's fault switches (started on demand). */
  sandboxFaults?: () => Promise<Faults>
  currency: (advertiserId: string) => string
  extraChecks?: ExtraChecks
  /** Tells the status bar the pending count may have moved. */
  statusChanged: () => void
  now: Now
}

export function createSyncService(deps: SyncServiceDeps) {
  const engines = new Map<string, SyncEngine>()

  function engine(advertiserId: string): SyncEngine {
    const open = engines.get(advertiserId)
    if (open) return open
    const store = deps.accounts.store(advertiserId)
    const dir = join(deps.dataDir, 'accounts', advertiserId)
    const e = createSyncEngine({
      store,
      dir,
      client: async () => {
        if (!deps.client) throw new ServiceError('NOT_FOUND', 'This build of Adwright has no connection to TikTok.')
        return deps.client(deps.profile(), advertiserId)
      },
      validation: () => ({
        currency: deps.currency(advertiserId),
        canUseCustomIdentity: loadAdvertiserProfile(dir).info?.can_use_custom_identity,
        audiences: openAudienceCatalogue(dir).byId(),
        now: deps.now(),
        geo,
        creatives: openCreativeLibrary(dir, deps.now).lookup(),
      }),
      extraChecks: deps.extraChecks,
      onProgress: (p) => deps.events.emit('sync:progress', p),
      now: deps.now,
    })
    engines.set(advertiserId, e)
    return e
  }

  /**
   * A request that fails outside any one entity (the reads before a post, a
   * download) reaches the user with TikTok's (already redacted) message rather
   * than the dispatcher's generic one.
   */
  async function talking<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run()
    } catch (error) {
      if (!(error instanceof TikTokApiError)) throw error
      const code = error.kind === 'auth' ? 'FORBIDDEN' : 'INTERNAL'
      throw new ServiceError(code, `TikTok could not be reached or refused the request: ${error.message}`)
    }
  }

  const changed = (advertiserId: string, delta: AccountDelta | null) => {
    if (delta) deps.events.emit('account:changed', { advertiserId, delta })
    deps.statusChanged()
  }

  async function faults(): Promise<Faults> {
    if (deps.profile() !== 'embedded-sandbox' || !deps.sandboxFaults)
      throw new ServiceError('FORBIDDEN', 'Faults can only be injected into the embedded sandbox. Switch the connection to it in Settings.')
    return deps.sandboxFaults()
  }

  return {
    /** Done, or (nothing written) what it would remove or overwrite, until called again with that `confirmation`. */
    async download(advertiserId: string, options: { confirmation?: string } = {}): Promise<DownloadOutcome> {
      const run = await talking(() => engine(advertiserId).download(options))
      if (run.preview) return { status: 'needs-confirmation', preview: run.preview }
      changed(advertiserId, run.delta)
      return { status: 'downloaded', result: run.result }
    },
    check: (advertiserId: string) => engine(advertiserId).check(),
    async post(advertiserId: string, options: { startPaused?: boolean } = {}) {
      const { result, delta } = await talking(() => engine(advertiserId).post(options))
      changed(advertiserId, delta)
      return result
    },
    cancel: (advertiserId: string) => ({ cancelled: engine(advertiserId).cancel() }),
    resolveConflict(advertiserId: string, kind: EntityKind, id: string, keep: 'mine' | 'theirs') {
      const e = engine(advertiserId)
      changed(advertiserId, e.resolveConflict(kind, id, keep))
      return e.state()
    },
    state: (advertiserId: string) => engine(advertiserId).state(),
    async faults(change: SandboxFaultsChange): Promise<SandboxFaultsState> {
      const f = await faults()
      if (change.rules) {
        const expired = f.tokensExpired()
        f.clear()
        if (expired) f.expireTokens()
        for (const r of change.rules) f.add(r)
      }
      if (change.tokensExpired === true) f.expireTokens()
      if (change.tokensExpired === false) f.restoreTokens()
      if (change.customIdentity) f.setCustomIdentity(change.customIdentity)
      if (change.idempotency) f.setIdempotency(change.idempotency)
      return {
        rules: [...f.list()] as SandboxFaultRule[],
        tokensExpired: f.tokensExpired(),
        customIdentity: f.customIdentityAllowed() ? 'allowed' : 'refused',
        idempotency: f.idempotency(),
      }
    },
  }
}
export type SyncService = ReturnType<typeof createSyncService>
