import type { AdvertiserSummary } from './advertiser'

/**
 * The advertisers whose name or id contains every word of the query (case and accents ignored), in list order:
 * an agency with hundreds of ad accounts types part of a client's name or of its id.
 */
export function searchAdvertisers(list: readonly AdvertiserSummary[], query: string): AdvertiserSummary[] {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  const words = fold(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return [...list]
  return list.filter((a) => {
    const hay = fold(`${a.advertiser_name} ${a.advertiser_id} ${a.businessCenter ?? ''}`)
    return words.every((w) => hay.includes(w))
  })
}

/** TikTok's `STATUS_ENABLE` as the switcher shows it: "enabled"; unknown values are shown lower-cased as they come. */
export function advertiserStatusLabel(status: string | undefined): string | null {
  if (!status) return null
  return status
    .replace(/^STATUS_/, '')
    .replace(/_/g, ' ')
    .toLowerCase()
}
