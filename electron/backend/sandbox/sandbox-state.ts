/**
 * What the sandbox holds: objects per advertiser, idempotency keys and id
 * counters. In memory by default; with a file it is reloaded on start and
 * rewritten atomically (temp file + rename) after every write, so objects posted
 * from the app survive a restart.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { writeFileAtomic } from '../storage/atomic-write'
import type { AudienceData } from './audience-store'
import type { MaterialData } from './material-store'
import type { SmartPlusData } from './smart-plus-store'

/**
 * The kinds of object TikTok stores here, as its API names them. Upgraded Smart+ campaigns and ad groups are
 * campaigns and ad groups too (the manual gets return them, notes tiktok-api-2026.md §2); Smart+ ads are kept apart
 * (smart-plus-store.ts) because `/ad/get/` shows them only as creative rows.
 */
export type Kind = 'campaign' | 'adgroup' | 'ad'
/** Each kind's id field, TikTok's names. */
export const ID_FIELD: Record<Kind, string> = { campaign: 'campaign_id', adgroup: 'adgroup_id', ad: 'ad_id' }
/** Each kind's children: deleting a campaign deletes its ad groups and their ads. */
export const CHILD_KIND: Record<Kind, Kind | null> = { campaign: 'adgroup', adgroup: 'ad', ad: null }
/** A stored API object: TikTok's own field names, ids as strings. */
export type StoredObject = Record<string, unknown> & { advertiser_id: string; create_time: string; modify_time: string }

export interface StoredPixel {
  advertiser_id: string
  pixel_id: string
  pixel_code: string
  pixel_name: string
  create_time: string
  events: Array<{ event_type: string; optimization_event: string; event_code: string; statistic_type: string }>
  /**
   * A sandbox switch, not a TikTok field (never sent by /pixel/list/): from this day (`YYYY-MM-DD`) the pixel receives
   * no events, as when a site's tag breaks, so its ad groups' report rows count none while delivery goes on.
   */
  sandbox_quiet_since?: string
}

export interface IdempotencyRecord {
  /** The request body the key was first used with, to tell a retry from a different request. */
  fingerprint: string
  objectId: string
}

export interface SandboxData {
  version: 1
  counters: Record<Kind | 'pixel', number>
  objects: Record<Kind, Record<string, StoredObject>>
  pixels: StoredPixel[]
  idempotency: Record<string, IdempotencyRecord>
  /** Upgraded Smart+ ads and their id counters (smart-plus-store.ts); absent in states saved before them. */
  smartPlus?: SmartPlusData
  /** Custom audiences and uploaded customer files (audience-store.ts); absent in states saved before them. */
  audiences?: AudienceData
  /** Uploaded videos and images (material-store.ts); absent in states saved before them. */
  materials?: MaterialData
}

// 19-digit ids like TikTok's; one range per kind so ids never collide across kinds.
const ID_BASE: Record<Kind | 'pixel', bigint> = {
  campaign: 1_790_000_000_000_000_000n,
  adgroup: 1_791_000_000_000_000_000n,
  ad: 1_792_000_000_000_000_000n,
  pixel: 7_302_000_000_000_000_000n,
}

export function emptyData(): SandboxData {
  return {
    version: 1,
    counters: { campaign: 0, adgroup: 0, ad: 0, pixel: 0 },
    objects: { campaign: {}, adgroup: {}, ad: {} },
    pixels: [],
    idempotency: {},
  }
}

/** TikTok's timestamp format: `YYYY-MM-DD HH:MM:SS`, UTC. */
export const apiTime = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ')

export function createSandboxState(data: SandboxData, file?: string) {
  return {
    data,
    nextId(kind: Kind | 'pixel'): string {
      data.counters[kind] += 1
      return (ID_BASE[kind] + BigInt(data.counters[kind])).toString()
    },
    get(kind: Kind, id: string): StoredObject | undefined {
      return data.objects[kind][id]
    },
    put(kind: Kind, obj: StoredObject) {
      data.objects[kind][String(obj[ID_FIELD[kind]])] = obj
    },
    list(kind: Kind, advertiserId: string): StoredObject[] {
      return Object.values(data.objects[kind]).filter((o) => o.advertiser_id === advertiserId)
    },
    /** Called after each successful write. */
    persist() {
      if (!file) return
      mkdirSync(dirname(file), { recursive: true })
      writeFileAtomic(file, JSON.stringify(data))
    },
  }
}
export type SandboxState = ReturnType<typeof createSandboxState>

/** The saved state, or null when there is none or it cannot be read (the caller reseeds). */
export function loadData(file: string): SandboxData | null {
  if (!existsSync(file)) return null
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as SandboxData
    return parsed.version === 1 && parsed.objects && parsed.counters ? parsed : null
  } catch {
    return null
  }
}
