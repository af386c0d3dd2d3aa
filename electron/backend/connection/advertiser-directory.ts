/**
 * Every advertiser a TikTok login can reach, for the account switcher:
 * - the advertisers the token is authorized for (`/oauth2/advertiser/get/`, which
 *   answers only ids and names and needs the app's id and secret), with their
 *   currency, time zone and status from `/advertiser/info/` (notes
 *   tiktok-api-2026.md §3 "currency, time zone");
 * - the ad accounts of the user's Business Centers (`/bc/get/`, `/bc/asset/get/`
 *   with `asset_type: ADVERTISER`, notes §4 "Accounts"); those the login did not
 *   authorize are listed as such, so an agency sees what it could add.
 *
 * The last listing per profile is kept in `advertisers/<profile>.json` in the data
 * folder (ids, names, currencies: no secret), so the switcher works offline.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import type { AdvertiserSummary } from '#shared/domain/advertiser'
import { ServiceError } from '../app/service-error'
import { writeFileAtomic } from '../storage/atomic-write'
import { fetchAll, type TikTokClient } from '../tiktok-api/client'
import type { DeveloperApp } from '../tiktok-api/oauth-endpoints'
import type { TokenProfile } from './token-vault'

export interface AdvertiserDirectoryDeps {
  dataDir: string
  client: (profile: TokenProfile) => Promise<TikTokClient>
  app: (profile: TokenProfile) => DeveloperApp | null
  log?: (line: string) => void
}

const ListingSchema = z.array(
  z.object({
    advertiser_id: z.string(),
    advertiser_name: z.string(),
    currency: z.string(),
    timezone: z.string(),
    source: z.enum(['tiktok-sandbox', 'production']),
    status: z.string().optional(),
    businessCenter: z.string().optional(),
    authorized: z.boolean().optional(),
  }),
)

/** Business Center ad accounts by id, with their centre's name; a login in no centre (or a host without BCs) has none. */
async function bcAccounts(client: TikTokClient, log?: (line: string) => void) {
  const out = new Map<string, { name: string; bc: string }>()
  try {
    for (const bc of await fetchAll(client.businessCenterPages())) {
      const bcName = bc.bc_info.name ?? bc.bc_info.bc_id
      for (const asset of await fetchAll(client.bcAdvertiserPages(bc.bc_info.bc_id))) {
        out.set(asset.asset_id, { name: asset.asset_name ?? asset.asset_id, bc: bcName })
      }
    }
  } catch (error) {
    // The authorized list still stands; the switcher just lacks the centres.
    log?.(`[accounts] Business Centers not listed: ${(error as Error).message}`)
  }
  return out
}

/**
 * One listing from TikTok (the directory and `npm run cli -- accounts`). `app` may be left out only where the server
 * does not ask for it (the sandbox's fixed demo token); TikTok refuses `/oauth2/advertiser/get/` without it.
 */
export async function fetchAdvertiserListing(
  client: TikTokClient,
  source: TokenProfile,
  app: DeveloperApp | undefined,
  log?: (line: string) => void,
): Promise<AdvertiserSummary[]> {
  const authorized = (await client.getAdvertisers(app)).list
  const ids = authorized.map((a) => a.advertiser_id)
  const infos = new Map((await client.advertiserInfo(ids)).map((i) => [i.advertiser_id, i]))
  const inBc = await bcAccounts(client, log)
  const list: AdvertiserSummary[] = authorized.map((a) => {
    const info = infos.get(a.advertiser_id)
    return {
      advertiser_id: a.advertiser_id,
      advertiser_name: info?.name ?? a.advertiser_name,
      currency: info?.currency ?? '',
      timezone: info?.timezone ?? '',
      source,
      ...(info?.status ? { status: info.status } : {}),
      ...(inBc.has(a.advertiser_id) ? { businessCenter: inBc.get(a.advertiser_id)!.bc } : {}),
    }
  })
  const authorizedIds = new Set(ids)
  for (const [id, asset] of inBc) {
    if (authorizedIds.has(id)) continue
    // Not granted to this login: /advertiser/info/ would refuse it, so only the centre's own fields are known.
    list.push({ advertiser_id: id, advertiser_name: asset.name, currency: '', timezone: '', source, businessCenter: asset.bc, authorized: false })
  }
  return list
}

export function createAdvertiserDirectory(deps: AdvertiserDirectoryDeps) {
  const fileOf = (profile: TokenProfile) => join(deps.dataDir, 'advertisers', `${profile}.json`)
  const memo = new Map<TokenProfile, AdvertiserSummary[]>()

  function listed(profile: TokenProfile): AdvertiserSummary[] {
    const known = memo.get(profile)
    if (known) return known
    let list: AdvertiserSummary[] = []
    try {
      // A damaged cache only repeats what the next refresh fetches again.
      if (existsSync(fileOf(profile))) list = ListingSchema.parse(JSON.parse(readFileSync(fileOf(profile), 'utf8')))
    } catch {
      list = []
    }
    memo.set(profile, list)
    return list
  }

  async function refresh(profile: TokenProfile): Promise<AdvertiserSummary[]> {
    const app = deps.app(profile)
    if (!app) {
      throw new ServiceError(
        'INVALID_REQUEST',
        'TikTok lists a login’s advertisers only to the app that made it: enter the app’s id and secret in Settings.',
      )
    }
    const list = await fetchAdvertiserListing(await deps.client(profile), profile, app, deps.log)
    mkdirSync(join(deps.dataDir, 'advertisers'), { recursive: true })
    writeFileAtomic(fileOf(profile), JSON.stringify(list))
    memo.set(profile, list)
    return list
  }

  return {
    listed,
    refresh,
    /** Forgets a profile's listing (disconnect). */
    forget(profile: TokenProfile) {
      memo.delete(profile)
      rmSync(fileOf(profile), { force: true })
    },
  }
}
export type AdvertiserDirectory = ReturnType<typeof createAdvertiserDirectory>
