/**
 * Fetches what TikTok says about an advertiser for the account cache: its
 * `/advertiser/info/` row and every identity from `/identity/get/` (notes
 * tiktok-api-2026.md §3, §4). Identity types Adwright does not know are left
 * out (a newer TikTok type cannot be drafted with anyway).
 */
import { IDENTITY_TYPES, type IdentityType } from '#shared/domain/enums'
import type { AdvertiserProfile, CachedIdentity } from '#shared/domain/identities'
import type { ApiIdentity } from '../tiktok-api/account-endpoints'
import type { TikTokClient } from '../tiktok-api/client'
import { fetchAll } from '../tiktok-api/pagination'

const known = (t: string): t is IdentityType => (IDENTITY_TYPES as readonly string[]).includes(t)

function cached(i: ApiIdentity & { identity_type: IdentityType }): CachedIdentity {
  const out: CachedIdentity = { identity_id: i.identity_id, identity_type: i.identity_type, display_name: i.display_name ?? i.identity_id }
  if (i.identity_authorized_bc_id) out.identity_authorized_bc_id = i.identity_authorized_bc_id
  for (const f of ['profile_image', 'can_push_video', 'can_pull_video', 'available_status'] as const)
    if (i[f] !== undefined) Object.assign(out, { [f]: i[f] })
  return out
}

export async function fetchAdvertiserProfile(client: TikTokClient, advertiserId: string, at: Date): Promise<AdvertiserProfile> {
  const [row] = (await client.advertiserInfo([advertiserId])).filter((r) => r.advertiser_id === advertiserId)
  const identities = (await fetchAll(client.identityPages(advertiserId)))
    .filter((i): i is ApiIdentity & { identity_type: IdentityType } => known(i.identity_type))
    .map(cached)
  const info = row
    ? Object.fromEntries(
        Object.entries({
          advertiser_id: row.advertiser_id,
          name: row.name,
          currency: row.currency,
          timezone: row.timezone,
          display_timezone: row.display_timezone,
          status: row.status,
          role: row.role,
          country: row.country,
          balance: typeof row.balance === 'number' && Number.isFinite(row.balance) ? row.balance : undefined,
          company: row.company,
          can_use_custom_identity: row.can_use_custom_identity,
        }).filter(([, v]) => v !== undefined),
      )
    : null
  return { info: info as AdvertiserProfile['info'], identities, refreshedAt: at.toISOString() }
}
