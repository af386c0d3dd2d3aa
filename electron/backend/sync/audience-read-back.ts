/**
 * Finds the audience a create made when TikTok's answer was lost. The audience creates carry no
 * idempotency key, so nothing but TikTok's list can say whether one took effect: it is read
 * (`/dmp/custom_audience/list/`, notes tiktok-api-2026.md §4) and an audience with the same name,
 * made no earlier than the create first left (allowing for clock difference, as find-created.ts
 * does for campaigns), that Adwright does not already know, is taken as the one it made. Of
 * several the earliest is taken: the one the first request made.
 */
import { parseInstant } from '#shared/time/clock'
import { fetchAll, type TikTokClient } from '../tiktok-api/client'
import type { ListedAudience } from '../tiktok-api/audience-endpoints'

/** Clock difference tolerated between Adwright's clock and TikTok's create_time. */
const CLOCK_SLACK_MS = 15 * 60_000

/** TikTok's `YYYY-MM-DD HH:MM:SS` (UTC) in milliseconds, or NaN when it is not one. */
function apiTimeMs(text: unknown): number {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(text)) return Number.NaN
  return parseInstant(`${text.replace(' ', 'T')}Z`).getTime()
}

/** `known`: ids already in the audience list or adopted in this post, never claimed twice. */
export function createAudienceReadBack(client: TikTokClient, advertiserId: string, known: () => ReadonlySet<string>) {
  return {
    /** TikTok's id of the audience named `name` made since `sentAt` (ISO), or null when there is none. */
    async find(name: string, sentAt: string): Promise<string | null> {
      // Listed afresh each time: a list read before the lost create would not hold its audience.
      const listed: ListedAudience[] = await fetchAll(client.audiencePages(advertiserId))
      const since = parseInstant(sentAt).getTime() - CLOCK_SLACK_MS
      const taken = known()
      const match = listed
        .filter((l) => l.name === name && !taken.has(l.audience_id))
        // A create_time TikTok leaves out proves nothing either way; one before the create left rules it out.
        .filter((l) => !(apiTimeMs(l.create_time) < since))
        .sort((x, y) => (apiTimeMs(x.create_time) || 0) - (apiTimeMs(y.create_time) || 0))[0]
      return match?.audience_id ?? null
    },
  }
}
