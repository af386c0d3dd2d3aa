/**
 * "Get recent changes" also reads the advertiser's audiences from TikTok (`/dmp/custom_audience/list/`:
 * size, validity, expiry) into the audience list. TikTok's copy wins for what TikTok reports; what only
 * Adwright knows (a special-category mark, a customer file's hashing counts) is kept, and drafts not
 * posted yet stay. The list gives no rule spec, so a rule-based audience Adwright posted keeps the rules it
 * was created with (with TikTok's size and status); others made elsewhere are counted but not kept: reach
 * and the rules then treat their ids as unknown (the stricter reading) until Adwright reads their rules.
 */
import type { Audience } from '#shared/audiences/schemas'
import { AudienceSchema } from '#shared/audiences/schemas'
import { isLocalId } from '#shared/domain/entities'
import type { AudienceCatalogueFile } from '../accounts/audience-catalogue'
import { fetchAll, type TikTokClient } from '../tiktok-api/client'
import type { ListedAudience } from '../tiktok-api/audience-endpoints'

function fromList(l: ListedAudience, mine: Audience | undefined): Audience | null {
  const status = {
    audience_id: l.audience_id,
    custom_audience_name: l.name,
    cover_num: l.cover_num ?? null,
    is_valid: l.is_valid,
    is_expiring: l.is_expiring,
    expired_time: l.expired_time ?? undefined,
    special_category: mine?.special_category,
  }
  if (l.audience_type === 'CUSTOMER_FILE') {
    const calc = l.calculate_type ?? (mine?.audience_type === 'CUSTOMER_FILE' ? mine.calculate_type : 'MULTIPLE_TYPES')
    const file = mine?.audience_type === 'CUSTOMER_FILE' ? mine : undefined
    return (
      AudienceSchema.safeParse({
        ...status,
        audience_type: 'CUSTOMER_FILE',
        calculate_type: calc,
        file_paths: file?.file_paths ?? [],
        hashing: file?.hashing,
      }).data ?? null
    )
  }
  if (mine && (mine.audience_type === 'WEBSITE_TRAFFIC' || mine.audience_type === 'APP_ACTIVITY' || mine.audience_type === 'ENGAGEMENT'))
    return AudienceSchema.safeParse({ ...mine, ...status, retention_in_days: mine.retention_in_days }).data ?? null
  if (l.audience_type === 'LOOKALIKE' && l.lookalike_spec)
    return AudienceSchema.safeParse({ ...status, audience_type: 'LOOKALIKE', lookalike_spec: l.lookalike_spec }).data ?? null
  return null
}

export async function downloadAudiences(client: TikTokClient, advertiserId: string, catalogue: AudienceCatalogueFile) {
  const listed = await fetchAll(client.audiencePages(advertiserId))
  const before = catalogue.byId()
  const fromTikTok = listed.flatMap((l) => fromList(l, before.get(l.audience_id)) ?? [])
  const drafts = [...before.values()].filter((a) => isLocalId(a.audience_id))
  catalogue.write([...fromTikTok, ...drafts])
  return { audiences: fromTikTok.length, notKept: listed.length - fromTikTok.length }
}
