import { join } from 'node:path'
import type { Now } from '#shared/time/clock'
import type { AccountDelta, AccountSnapshot, Edit } from '#shared/domain/account'
import type { AccountProbe } from './store/account-probe'
import { AccountStore } from './store/account-store'
import type { EntitySet } from '#shared/domain/entity-kinds'
import { ServiceError } from '../app/service-error'
import type { AdvertiserProfile } from '#shared/domain/identities'
import { loadAdvertiserProfile, saveAdvertiserProfile } from './advertiser-profile'

export interface AccountServiceDeps {
  /** The app's data folder; each advertiser gets `<dataDir>/accounts/<advertiserId>/`. */
  dataDir: string
  now: Now
  /** What a blank store starts from as its downloaded state (the demo account), or null. */
  seed?: (advertiserId: string, now: Date) => EntitySet | null
  /** What a seeded store caches about its advertiser (identities, currency), as if pulled with the seed. */
  seedProfile?: (advertiserId: string, now: Date) => AdvertiserProfile | null
  historyLimit?: number
  /** The child process that checks a database before it is opened (see account-probe.ts); none in unit tests. */
  probe?: AccountProbe
}

/**
 * The open account stores, one per advertiser, opened on first use and kept
 * open until `close()`. A store that failed to open keeps failing with the same
 * error (and the single backup made then) until the app restarts.
 */
export function createAccountService(deps: AccountServiceDeps) {
  const now = deps.now
  const stores = new Map<string, AccountStore>()
  const failures = new Map<string, ServiceError>()

  function store(advertiserId: string): AccountStore {
    const open = stores.get(advertiserId)
    if (open) return open
    const failed = failures.get(advertiserId)
    if (failed) throw failed
    let s: AccountStore
    try {
      s = AccountStore.open({ dir: dirFor(advertiserId), advertiserId, now, historyLimit: deps.historyLimit, probe: deps.probe })
    } catch (error) {
      if (error instanceof ServiceError && error.code === 'STORAGE') failures.set(advertiserId, error)
      throw error
    }
    if (s.isBlank()) {
      const seed = deps.seed?.(advertiserId, now())
      if (seed) s.applyDownload(seed, now())
      const profile = seed && loadAdvertiserProfile(dirFor(advertiserId)).refreshedAt === null ? deps.seedProfile?.(advertiserId, now()) : null
      if (profile) saveAdvertiserProfile(dirFor(advertiserId), profile)
    }
    stores.set(advertiserId, s)
    return s
  }

  function dirFor(advertiserId: string): string {
    // The request schema allows digits only, so the id cannot climb out of accounts/.
    if (!/^\d{1,30}$/.test(advertiserId)) throw new ServiceError('INVALID_REQUEST', `"${advertiserId}" is not an advertiser id.`)
    return join(deps.dataDir, 'accounts', advertiserId)
  }

  return {
    store,
    open: (advertiserId: string): AccountSnapshot => store(advertiserId).snapshot(),
    /** What the last pull cached about the advertiser (read from disk; works offline). */
    profile(advertiserId: string): AdvertiserProfile {
      store(advertiserId) // opens (and for a blank account, seeds) first, whichever the renderer asks for first
      return loadAdvertiserProfile(dirFor(advertiserId))
    },
    /** The cached profile as on disk, without opening the account (the advertiser switcher lists before any is open). */
    cachedProfile: (advertiserId: string): AdvertiserProfile => loadAdvertiserProfile(dirFor(advertiserId)),
    /** The advertiser's folder (checked id), for what lives beside its store (audiences). */
    dirOf: dirFor,
    edit: (advertiserId: string, edit: Edit): AccountDelta => store(advertiserId).apply(edit),
    undo: (advertiserId: string): AccountDelta => store(advertiserId).undo(),
    redo: (advertiserId: string): AccountDelta => store(advertiserId).redo(),
    /** Pending changes of an open store; an account not opened yet shows none until it is. */
    pendingCount: (advertiserId: string): number => stores.get(advertiserId)?.pendingCount() ?? 0,
    close(): void {
      for (const s of stores.values()) s.close()
      stores.clear()
    },
  }
}
export type AccountService = ReturnType<typeof createAccountService>
