/**
 * What an account keeps about its advertiser beside the entities: TikTok's
 * `/advertiser/info/` answer (currency, time zone, `can_use_custom_identity`)
 * and its identities, in `advertiser-profile.json` in the advertiser's folder,
 * rewritten atomically after each pull. It is a cache of TikTok's answers, so
 * ads can be drafted offline; settings (electron-store) never hold it.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { IDENTITY_TYPES } from '#shared/domain/enums'
import { emptyAdvertiserProfile, type AdvertiserProfile } from '#shared/domain/identities'
import { writeFileAtomic } from '../storage/atomic-write'

export const PROFILE_FILE = 'advertiser-profile.json'

const ProfileSchema = z.object({
  info: z
    .object({
      advertiser_id: z.string(),
      name: z.string().optional(),
      currency: z.string().optional(),
      timezone: z.string().optional(),
      display_timezone: z.string().optional(),
      status: z.string().optional(),
      role: z.string().optional(),
      country: z.string().optional(),
      balance: z.number().optional(),
      company: z.string().optional(),
      can_use_custom_identity: z.boolean().optional(),
    })
    .nullable(),
  identities: z.array(
    z.object({
      identity_id: z.string(),
      identity_type: z.enum(IDENTITY_TYPES),
      display_name: z.string(),
      identity_authorized_bc_id: z.string().optional(),
      profile_image: z.string().optional(),
      can_push_video: z.boolean().optional(),
      can_pull_video: z.boolean().optional(),
      available_status: z.string().optional(),
    }),
  ),
  refreshedAt: z.string().nullable(),
})

/**
 * The cached profile, or an empty one when none was pulled yet. A damaged file
 * is read as empty rather than failing the account: it only repeats what the
 * next pull fetches again, and nothing the user wrote lives in it.
 */
export function loadAdvertiserProfile(dir: string): AdvertiserProfile {
  const path = join(dir, PROFILE_FILE)
  if (!existsSync(path)) return emptyAdvertiserProfile()
  try {
    return ProfileSchema.parse(JSON.parse(readFileSync(path, 'utf8')))
  } catch {
    return emptyAdvertiserProfile()
  }
}

export function saveAdvertiserProfile(dir: string, profile: AdvertiserProfile): void {
  mkdirSync(dir, { recursive: true })
  writeFileAtomic(join(dir, PROFILE_FILE), JSON.stringify(ProfileSchema.parse(profile)))
}
