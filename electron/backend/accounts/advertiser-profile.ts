/**
 * What an account keeps about its advertiser beside the entities: TikTok's
 * `/advertiser/info/` answer (currency, time zone, `can_use_custom_identity`)
 * and its identities, in `advertiser-profile.json` in the advertiser's folder,
 * rewritten atomically after each pull. It is a cache of TikTok's answers, so
 * ads can be drafted offline; settings (electron-store) never hold it.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { AdvertiserProfileSchema, emptyAdvertiserProfile, type AdvertiserProfile } from '#shared/domain/identities'
import { writeFileAtomic } from '../storage/atomic-write'

export const PROFILE_FILE = 'advertiser-profile.json'

/**
 * The cached profile, or an empty one when none was pulled yet. A damaged file
 * is read as empty rather than failing the account: it only repeats what the
 * next pull fetches again, and nothing the user wrote lives in it.
 */
export function loadAdvertiserProfile(dir: string): AdvertiserProfile {
  const path = join(dir, PROFILE_FILE)
  if (!existsSync(path)) return emptyAdvertiserProfile()
  try {
    return AdvertiserProfileSchema.parse(JSON.parse(readFileSync(path, 'utf8')))
  } catch {
    return emptyAdvertiserProfile()
  }
}

export function saveAdvertiserProfile(dir: string, profile: AdvertiserProfile): void {
  mkdirSync(dir, { recursive: true })
  writeFileAtomic(join(dir, PROFILE_FILE), JSON.stringify(AdvertiserProfileSchema.parse(profile)))
}
