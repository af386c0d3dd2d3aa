/**
 * The one IPC contract between the renderer and the back end.
 *
 * - Invoke channels: renderer → main request/response (`ipcMain.handle`).
 * - `EventContract`: main → renderer pushes (`webContents.send`).
 *
 * The zod schemas are the single source of truth for requests: the channel
 * names are the keys of `REQUEST_SCHEMAS` (./request-schemas.ts) and each
 * request type is `z.infer` of its schema, so what the back end validates and
 * what the code is typed against cannot drift. Responses are typed in
 * `InvokeResponses`, from a domain schema where one exists. Main
 * (electron/main/ipc.ts), the preload, the browser bridge and the renderer all
 * derive their types from here.
 *
 * This file imports schemas and zod as types only, and otherwise holds plain
 * constants, so the sandboxed preload (which cannot load packages) can import
 * it without pulling zod into its bundle.
 */
import type { z } from 'zod'
import type { AccountDelta, AccountSnapshot, ImportPreview } from '../domain/account'
import type { Entity } from '../domain/entity-kinds'
import type { Audience } from '../audiences/schemas'
import type { AdvertiserSummary, AppStatus, LoginEvent } from '../domain/advertiser'
import type { AdvertiserProfile } from '../domain/identities'
import type { ResultsProgress, ResultsSnapshot } from '../results/results-types'
import type { CreativeResults } from '../results/creative-results'
import type { SandboxFaultsStateSchema } from '../domain/sandbox-faults'
import type { CreativeAddResult, CreativeList, CreativeProgress } from '../creatives/creative-view'
import type { TikTokMediaView } from '../creatives/tiktok-media'
import type { CheckResult, DownloadOutcome, PostResult, SyncProgress, SyncState } from '../domain/sync'
import type { SettingsSchema } from '../settings/settings-schema'
import type { REQUEST_SCHEMAS } from './request-schemas'
import type { Result } from './result'

/** Domain values that have a zod schema are typed by it, so the contract and the checks read one definition. */
type Settings = z.infer<typeof SettingsSchema>

export interface AppInfo {
  name: string
  version: string
  platform: string
  /** `electron` in the desktop app, `web-harness` when served to a browser for dev/test. */
  host: 'electron' | 'web-harness'
  /** Where the back end's clock was pinned (ADWRIGHT_NOW, tests), so the renderer keeps the same time; null on the system clock. */
  clockPinnedAt: string | null
  /** The TikTok developer app id this build's distributor built in (connection/distribution.ts); not a secret. */
  builtInAppId?: string
}

export interface SettingsState {
  settings: Settings
  /** Problems found when the settings were opened (e.g. a corrupt file that was backed up). */
  notices: string[]
}

type RequestSchemas = typeof REQUEST_SCHEMAS

/** Every invoke channel: exactly the channels that have a request schema. */
export type InvokeChannel = keyof RequestSchemas

/** Compiles only for a map that names every channel and nothing else. */
type EveryChannel<T extends Record<InvokeChannel, unknown> & Record<Exclude<keyof T, InvokeChannel>, never>> = T

/** What a response holds, per channel. */
export type InvokeResponses = EveryChannel<{
  'app:info': AppInfo
  'settings:get': SettingsState
  'settings:update': Settings
  'accounts:list': AdvertiserSummary[]
  'status:get': AppStatus
  'shell:open-external': void
  /** Opens (creating on first use) the local store of one advertiser. */
  'account:open': AccountSnapshot
  /** Applies one edit as one undo step; durable on disk before it answers. */
  'account:edit': AccountDelta
  'account:undo': AccountDelta
  'account:redo': AccountDelta
  'account:export': { fileName: string; content: string }
  'account:import-preview': ImportPreview
  /** Applies an import as one undo step; refuses a file with errors unless validRowsOnly. */
  'account:import-apply': AccountDelta
  /** One entity as last downloaded from TikTok (null for a local one), for the pending-changes diff. */
  'account:baseline': Entity | null
  /** What the last pull cached about the advertiser: currency, time zone, custom-identity permission, identities. Offline. */
  'account:profile': AdvertiserProfile
  /** Quits and installs a downloaded update; only offered after `app:update-ready`. */
  'app:restart-to-update': void
  /** Cached Results rows in a range, with when they were downloaded; never goes online. */
  'results:get': ResultsSnapshot
  /** Downloads the range from TikTok for the active connection into the cache, then answers like `results:get`. */
  'results:refresh': ResultsSnapshot
  /** Stops a running refresh (and its report task at TikTok); the refresh answers with a cancelled error. */
  'results:cancel': { cancelled: boolean }
  /** One Upgraded Smart+ ad's figures per creative, live from TikTok (/smart_plus/material_report/overview/). */
  'results:creatives': CreativeResults
  /** The advertiser's custom audiences as kept on this machine (downloaded or drafted here). */
  'audiences:list': Audience[]
  'audiences:save': Audience[]
  'audiences:save-customer-file': Audience[]
  /** "Get recent changes": campaigns, ad groups and ads from TikTok; local edits are kept. */
  'sync:download': DownloadOutcome
  /** "Check changes": what would be sent, in order, and the problems that hold items back. No request to TikTok. */
  'sync:check': CheckResult
  /** "Post changes"; progress arrives as `sync:progress` events. */
  'sync:post': PostResult
  /** Stops a running post after the request in flight. */
  'sync:cancel': { cancelled: boolean }
  'sync:resolve-conflict': SyncState
  'sync:state': SyncState
  /** Stores an access token encrypted in main. Write-only: no channel ever returns a token. */
  'connection:save-token': AppStatus
  'connection:clear-token': AppStatus
  /** Stores the developer app's id and secret encrypted in main. Write-only: the secret never comes back. */
  'connection:save-app': AppStatus
  'connection:clear-app': AppStatus
  /** Opens TikTok's authorization page in the browser; the outcome arrives as `connection:login` events. */
  'connection:login': { authUrl: string }
  /** Revokes the token at TikTok (when it can) and forgets it; the message says which happened. */
  'connection:disconnect': { revoked: boolean; message: string; status: AppStatus }
  /** Lists the active login's advertisers and Business Center accounts again from TikTok. */
  'accounts:refresh': AdvertiserSummary[]
  'creatives:list': CreativeList
  /** Adds in the back end (hashing and reading off the UI thread), progress as `creatives:progress`; nothing half-added. */
  'creatives:add': CreativeAddResult
  'creatives:pick': CreativeAddResult
  'creatives:set-tags': CreativeList
  /** Refused (CONFLICT) while an ad uses the creative. */
  'creatives:remove': CreativeList
  'creatives:save-thumbnail': null
  /** The videos and images already on TikTok, as the last pull listed them, with their cached covers. */
  'creatives:tiktok-media': TikTokMediaView
  /** Reads (empty request) or replaces the embedded sandbox's faults; refused on other connections. */
  'sandbox:faults': z.infer<typeof SandboxFaultsStateSchema>
}>

/** What the handler in main receives: the schema's output, after validation. */
export type InvokeRequest<K extends InvokeChannel> = z.infer<RequestSchemas[K]>
/** What the renderer sends: the schema's input (the same as the output unless a schema transforms). */
export type InvokeRequestInput<K extends InvokeChannel> = z.input<RequestSchemas[K]>
export type InvokeResponse<K extends InvokeChannel> = InvokeResponses[K]
export type InvokeContract = { [K in InvokeChannel]: { request: InvokeRequest<K>; response: InvokeResponse<K> } }

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
  /** A "Connect TikTok account" flow moved on: waiting for the browser, connected, failed or cancelled. */
  'connection:login': LoginEvent
  /** Bytes hashed of the files a `creatives:add` is adding. */
  'creatives:progress': CreativeProgress
}

export type EventChannel = keyof EventContract
export type EventPayload<K extends EventChannel> = EventContract[K]

/** Channels with no payload are called with no argument. */
export type InvokeArgs<K extends InvokeChannel> = InvokeRequestInput<K> extends void ? [] : [request: InvokeRequestInput<K>]

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
  'account:profile',
  'app:restart-to-update',
  'results:get',
  'results:refresh',
  'results:cancel',
  'results:creatives',
  'audiences:list',
  'audiences:save',
  'audiences:save-customer-file',
  'sync:download',
  'sync:check',
  'sync:post',
  'sync:cancel',
  'sync:resolve-conflict',
  'sync:state',
  'connection:save-token',
  'connection:clear-token',
  'connection:save-app',
  'connection:clear-app',
  'connection:login',
  'connection:disconnect',
  'accounts:refresh',
  'sandbox:faults',
  'creatives:list',
  'creatives:add',
  'creatives:pick',
  'creatives:set-tags',
  'creatives:remove',
  'creatives:save-thumbnail',
  'creatives:tiktok-media',
])
export const EVENT_CHANNELS = channelList<EventChannel>()([
  'settings:changed',
  'status:changed',
  'accounts:changed',
  'account:changed',
  'app:update-ready',
  'results:progress',
  'sync:progress',
  'connection:login',
  'creatives:progress',
])

export const isInvokeChannel = (c: unknown): c is InvokeChannel => typeof c === 'string' && (INVOKE_CHANNELS as readonly string[]).includes(c)
export const isEventChannel = (c: unknown): c is EventChannel => typeof c === 'string' && (EVENT_CHANNELS as readonly string[]).includes(c)

/** The object the preload exposes as `window.adwright` (and the web shim imitates). */
export interface AdwrightApi {
  invoke<K extends InvokeChannel>(channel: K, ...args: InvokeArgs<K>): Promise<Result<InvokeResponse<K>>>
  on<K extends EventChannel>(channel: K, listener: (payload: EventPayload<K>) => void): () => void
  /** Where the renderer loads a library creative's file from (thumbnails, the preview): never a file:// path. */
  mediaUrl(advertiserId: string, signature: string): string
  /** The path of a dropped file, where the host can tell it (Electron); null in a plain browser. */
  pathForFile(file: File): string | null
}

/** The app's own scheme for library media (electron/main), served by electron/backend/creatives/media-response.ts. */
export const MEDIA_SCHEME = 'creative'

export const API_GLOBAL = 'adwright'
