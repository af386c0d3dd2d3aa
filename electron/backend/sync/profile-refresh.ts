/**
 * Fetches what TikTok says about an advertiser for the account cache: its
 * `/advertiser/info/` row and every identity from `/identity/get/` (notes
 * tiktok-api-2026.md §3, §4), and its pixels from `/pixel/list/`. Identity types Adwright does not know are left
 * out (a newer TikTok type cannot be drafted with anyway); fields it does not
 * keep are dropped by the shared schemas.
 */
import { IDENTITY_TYPES } from '#shared/domain/enums'
import { AdvertiserInfoSchema, CachedIdentitySchema, CachedPixelSchema, type AdvertiserProfile } from '#shared/domain/identities'
import type { TikTokClient } from '../tiktok-api/client'
import { fetchAll } from '../tiktok-api/pagination'

const known = (t: string) => (IDENTITY_TYPES as readonly string[]).includes(t)

export async function fetchAdvertiserProfile(client: TikTokClient, advertiserId: string, at: Date): Promise<AdvertiserProfile> {
  const row = (await client.advertiserInfo([advertiserId])).find((r) => r.advertiser_id === advertiserId)
  const identities = (await fetchAll(client.identityPages(advertiserId)))
    .filter((i) => known(i.identity_type))
    .map((i) => CachedIdentitySchema.parse({ ...i, display_name: i.display_name ?? i.identity_id }))
  const pixels = (await fetchAll(client.pixelPages(advertiserId))).map((p) =>
    CachedPixelSchema.parse({ ...p, events: p.events.map((e) => ({ event_type: e.event_type, optimization_event: e.optimization_event })) }),
  )
  // A balance TikTok sent as an unreadable string is left out rather than stored as NaN.
  const info = row ? AdvertiserInfoSchema.parse({ ...row, balance: Number.isFinite(row.balance) ? row.balance : undefined }) : null
  return { info, identities, pixels, refreshedAt: at.toISOString() }
}
