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
 * A profile may hold several logins (token-vault.ts): each is listed with its own
 * token, and the switcher shows which login an advertiser comes through. The last
 * listing per login is kept in `advertisers/<profile>[.<login>].json` in the data
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
import { PRIMARY_LOGIN, type TokenProfile } from './token-vault'

export interface AdvertiserDirectoryDeps {
  dataDir: string
  client: (profile: TokenProfile, login: string) => Promise<TikTokClient>
  /** The profile's connected logins (token-vault.ts), the primary one first. */
  logins: (profile: TokenProfile) => string[]
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

/** "Login 2 · Northwind Agency": its place, and its Business Center or first advertiser, so an agency can tell them apart. */
function labelOf(index: number, list: readonly AdvertiserSummary[]): string {
  const own = list.find((a) => a.authorized !== false)
  const name = own?.businessCenter ?? own?.advertiser_name
  return `Login ${index + 1}${name ? ` · ${name}` : ''}`
}

export function createAdvertiserDirectory(deps: AdvertiserDirectoryDeps) {
  // The primary login's listing keeps the file name a single login always had.
  const fileOf = (profile: TokenProfile, login: string) =>
    join(deps.dataDir, 'advertisers', login === PRIMARY_LOGIN ? `${profile}.json` : `${profile}.${login}.json`)
  const memo = new Map<string, AdvertiserSummary[]>()
  const keyOf = (profile: TokenProfile, login: string) => `${profile}/${login}`

  function listedBy(profile: TokenProfile, login: string): AdvertiserSummary[] {
    const known = memo.get(keyOf(profile, login))
    if (known) return known
    let list: AdvertiserSummary[] = []
    try {
      // A damaged cache only repeats what the next refresh fetches again.
      if (existsSync(fileOf(profile, login))) list = ListingSchema.parse(JSON.parse(readFileSync(fileOf(profile, login), 'utf8')))
    } catch {
      list = []
    }
    memo.set(keyOf(profile, login), list)
    return list
  }

  /**
   * Every login's advertisers, each tagged with its login; an advertiser two logins reach is listed once, under the
   * first that was granted it (a login that only sees it through a Business Center does not win over one granted it).
   */
  function listed(profile: TokenProfile): AdvertiserSummary[] {
    const out = new Map<string, AdvertiserSummary>()
    deps.logins(profile).forEach((login, i) => {
      const list = listedBy(profile, login)
      const loginLabel = labelOf(i, list)
      for (const a of list) {
        const before = out.get(a.advertiser_id)
        if (!before || (before.authorized === false && a.authorized !== false)) out.set(a.advertiser_id, { ...a, login, loginLabel })
      }
    })
    return [...out.values()]
  }

  async function refreshOne(profile: TokenProfile, login: string, app: DeveloperApp): Promise<void> {
    const list = await fetchAdvertiserListing(await deps.client(profile, login), profile, app, deps.log)
    mkdirSync(join(deps.dataDir, 'advertisers'), { recursive: true })
    writeFileAtomic(fileOf(profile, login), JSON.stringify(list))
    memo.set(keyOf(profile, login), list)
  }

  /** Lists one login's advertisers again from TikTok, or every login's; one login failing leaves the others listed. */
  async function refresh(profile: TokenProfile, login?: string): Promise<AdvertiserSummary[]> {
    const app = deps.app(profile)
    if (!app) {
      throw new ServiceError(
        'INVALID_REQUEST',
        'TikTok lists a login’s advertisers only to the app that made it: enter the app’s id and secret in Settings.',
      )
    }
    const logins = login === undefined ? deps.logins(profile) : [login]
    const failures = (await Promise.allSettled(logins.map((l) => refreshOne(profile, l, app)))).flatMap((r) =>
      r.status === 'rejected' ? [r.reason as unknown] : [],
    )
    if (failures.length && failures.length === logins.length) throw failures[0]
    for (const f of failures) deps.log?.(`[accounts] a login was not listed: ${(f as Error).message}`)
    return listed(profile)
  }

  return {
    listed,
    refresh,
    /** The login that was granted an advertiser, for the client that opens it. */
    loginFor: (profile: TokenProfile, advertiserId: string): string | undefined =>
      listed(profile).find((a) => a.advertiser_id === advertiserId && a.authorized !== false)?.login,
    /** The connected login whose granted advertisers are all among `granted` (the same TikTok user connecting again). */
    loginWithGrant(profile: TokenProfile, granted: readonly string[]): string | undefined {
      const set = new Set(granted)
      return deps.logins(profile).find((login) => {
        const own = listedBy(profile, login).filter((a) => a.authorized !== false)
        return own.length > 0 && own.every((a) => set.has(a.advertiser_id))
      })
    },
    /** Forgets a login's listing (disconnect), or every login's. */
    forget(profile: TokenProfile, login?: string) {
      const all = new Set([...deps.logins(profile), PRIMARY_LOGIN, ...(login ? [login] : [])])
      for (const l of login === undefined ? all : [login]) {
        memo.delete(keyOf(profile, l))
        rmSync(fileOf(profile, l), { force: true })
      }
    },
  }
}
export type AdvertiserDirectory = ReturnType<typeof createAdvertiserDirectory>
