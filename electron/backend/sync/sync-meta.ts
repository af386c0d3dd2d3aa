/**
 * What sync remembers beside the account store, in `sync-state.json` in the
 * advertiser's folder: TikTok's `modify_time` of each entity as last seen (to
 * tell edits made elsewhere), open conflicts and the last post's result.
 * Rewritten atomically (temp file, fsync, rename) at the end of each operation.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileAtomic } from '../storage/atomic-write'
import type { PostResult, SyncConflict } from '#shared/domain/sync'

const META_FILE = 'sync-state.json'

export interface SyncMeta {
  /** `campaign/123` → TikTok's modify_time when it was last downloaded or posted. */
  modifyTimes: Record<string, string>
  conflicts: SyncConflict[]
  lastPost: PostResult | null
}

export function loadSyncMeta(dir: string): SyncMeta {
  const path = join(dir, META_FILE)
  const empty: SyncMeta = { modifyTimes: {}, conflicts: [], lastPost: null }
  if (!existsSync(path)) return empty
  try {
    return { ...empty, ...(JSON.parse(readFileSync(path, 'utf8')) as Partial<SyncMeta>) }
  } catch {
    // Written atomically, so this is outside damage; losing it costs a conflict check, never data.
    return empty
  }
}

export function saveSyncMeta(dir: string, meta: SyncMeta): void {
  writeFileAtomic(join(dir, META_FILE), JSON.stringify(meta))
}
