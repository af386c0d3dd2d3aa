/**
 * The one IPC contract between the renderer and the back end.
 *
 * - `InvokeContract`: renderer → main request/response channels (`ipcMain.handle`).
 * - `EventContract`: main → renderer pushes (`webContents.send`).
 *
 * Main (electron/main/ipc.ts), the preload, the browser bridge and the renderer
 * all derive their types from these two maps, so a channel cannot drift between
 * them. Request payloads are validated in the back end by the zod schemas in
 * `./request-schemas.ts`; this file stays type-only plus plain constants so the
 * sandboxed preload can import it without pulling in any package.
 */
import type { AccountDelta, AccountSnapshot, Edit, ExportFormat, ImportPreview } from '../domain/account'
import type { Ad, AdGroup, Campaign, EntityKind } from '../domain/entities'
import type { AdvertiserSummary, AppStatus } from '../domain/advertiser'
import type { ResultsProgress, ResultsRequest, ResultsSnapshot } from '../results/results-types'
import type { SandboxFaultRule, SandboxFaultsState } from '../domain/sandbox-faults'
import type { CheckResult, DownloadResult, PostResult, SyncProgress, SyncState } from '../domain/sync'
import type { Settings, SettingsPatch } from '../settings/settings'
import type { Result } from './result'

export interface AppInfo {
  name: string
  version: string
  platform: string
  /** `electron` in the desktop app, `web-harness` when served to a browser for dev/test. */
  host: 'electron' | 'web-harness'
  /** Where the back end's clock was pinned (ADWRIGHT_NOW, tests), so the renderer keeps the same time; null on the system clock. */
  clockPinnedAt: string | null
}

export interface SettingsState {
  settings: Settings
  /** Problems found when the settings were opened (e.g. a corrupt file that was backed up). */
  notices: string[]
}

export interface InvokeContract {
  'app:info': { request: void; response: AppInfo }
  'settings:get': { request: void; response: SettingsState }
  'settings:update': { request: SettingsPatch; response: Settings }
  'accounts:list': { request: void; response: AdvertiserSummary[] }
  'status:get': { request: void; response: AppStatus }
  'shell:open-external': { request: { url: string }; response: void }
  /** Opens (creating on first use) the local store of one advertiser. */
  'account:open': { request: { advertiserId: string }; response: AccountSnapshot }
  /** Applies one edit as one undo step; durable on disk before it answers. */
  'account:edit': { request: { advertiserId: string; edit: Edit }; response: AccountDelta }
  'account:undo': { request: { advertiserId: string }; response: AccountDelta }
  'account:redo': { request: { advertiserId: string }; response: AccountDelta }
  'account:export': {
    request: { advertiserId: string; format: ExportFormat }
    response: { fileName: string; content: string }
  }
  'account:import-preview': {
    request: { advertiserId: string; format: ExportFormat; content: string }
    response: ImportPreview
  }
  /** Applies an import as one undo step; refuses a file with errors unless validRowsOnly. */
  'account:import-apply': {
    request: { advertiserId: string; format: ExportFormat; content: string; validRowsOnly: boolean }
    response: AccountDelta
  }
  /** One entity as last downloaded from TikTok (null for a local one), for the pending-changes diff. */
  'account:baseline': {
    request: { advertiserId: string; kind: EntityKind; id: string }
    response: Campaign | AdGroup | Ad | null
  }
  /** Quits and installs a downloaded update; only offered after `app:update-ready`. */
  'app:restart-to-update': { request: void; response: void }
  /** Cached Results rows in a range, with when they were downloaded; never goes online. */
  'results:get': { request: ResultsRequest; response: ResultsSnapshot }
  /** Downloads the range from TikTok for the active connection into the cache, then answers like `results:get`. */
  'results:refresh': { request: ResultsRequest; response: ResultsSnapshot }
  /** "Get recent changes": campaigns, ad groups and ads from TikTok; local edits are kept. */
  'sync:download': { request: { advertiserId: string }; response: DownloadResult }
  /** "Check changes": what would be sent, in order, and the problems that hold items back. No request to TikTok. */
  'sync:check': { request: { advertiserId: string }; response: CheckResult }
  /** "Post changes"; progress arrives as `sync:progress` events. */
  'sync:post': { request: { advertiserId: string }; response: PostResult }
  /** Stops a running post after the request in flight. */
  'sync:cancel': { request: { advertiserId: string }; response: { cancelled: boolean } }
  'sync:resolve-conflict': {
    request: { advertiserId: string; kind: EntityKind; id: string; keep: 'mine' | 'theirs' }
    response: SyncState
  }
  'sync:state': { request: { advertiserId: string }; response: SyncState }
  /** Stores an access token encrypted in main. Write-only: no channel ever returns a token. */
  'connection:save-token': { request: { profile: 'tiktok-sandbox' | 'production'; token: string }; response: AppStatus }
  'connection:clear-token': { request: { profile: 'tiktok-sandbox' | 'production' }; response: AppStatus }
  /** Reads (empty request) or replaces the embedded sandbox's faults; refused on other connections. */
  'sandbox:faults': { request: { rules?: SandboxFaultRule[]; tokensExpired?: boolean }; response: SandboxFaultsState }
}

export interface EventContract {
  'settings:changed': Settings
  'status:changed': AppStatus
  /** The advertisers on offer changed (another connection profile, a token saved or cleared); carries the new list. */
  'accounts:changed': AdvertiserSummary[]
  /** The account changed other than through this window's own edit (another window, sync, CLI). */
  'account:changed': { advertiserId: string; delta: AccountDelta }
  /** An update was downloaded and will install on the next restart. */
  'app:update-ready': { version: string }
  /** A Results download advanced by one request. */
  'results:progress': ResultsProgress
  'sync:progress': SyncProgress
}

export type InvokeChannel = keyof InvokeContract
export type EventChannel = keyof EventContract
export type InvokeRequest<K extends InvokeChannel> = InvokeContract[K]['request']
export type InvokeResponse<K extends InvokeChannel> = InvokeContract[K]['response']
export type EventPayload<K extends EventChannel> = EventContract[K]

/** Channels with no payload are called with no argument. */
export type InvokeArgs<K extends InvokeChannel> = InvokeRequest<K> extends void ? [] : [request: InvokeRequest<K>]

const channelList =
  <T extends string>() =>
  <const L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : 'a channel is missing')) =>
    list

/** Runtime allow-lists, checked by the compiler to list every channel exactly. */
export const INVOKE_CHANNELS = channelList<InvokeChannel>()([
  'app:info',
  'settings:get',
  'settings:update',
  'accounts:list',
  'status:get',
  'shell:open-external',
  'account:open',
  'account:edit',
  'account:undo',
  'account:redo',
  'account:export',
  'account:import-preview',
  'account:import-apply',
  'account:baseline',
  'app:restart-to-update',
  'results:get',
  'results:refresh',
  'sync:download',
  'sync:check',
  'sync:post',
  'sync:cancel',
  'sync:resolve-conflict',
  'sync:state',
  'connection:save-token',
  'connection:clear-token',
  'sandbox:faults',
])
export const EVENT_CHANNELS = channelList<EventChannel>()([
  'settings:changed',
  'status:changed',
  'accounts:changed',
  'account:changed',
  'app:update-ready',
  'results:progress',
  'sync:progress',
])

export const isInvokeChannel = (c: unknown): c is InvokeChannel =>
  typeof c === 'string' && (INVOKE_CHANNELS as readonly string[]).includes(c)
export const isEventChannel = (c: unknown): c is EventChannel =>
  typeof c === 'string' && (EVENT_CHANNELS as readonly string[]).includes(c)

/** The object the preload exposes as `window.adwright` (and the web shim imitates). */
export interface AdwrightApi {
  invoke<K extends InvokeChannel>(channel: K, ...args: InvokeArgs<K>): Promise<Result<InvokeResponse<K>>>
  on<K extends EventChannel>(channel: K, listener: (payload: EventPayload<K>) => void): () => void
}

export const API_GLOBAL = 'adwright'
