import { TikTokApiError } from './errors'
import type { PageInfo } from './response-schemas'

export interface Page<T> {
  items: T[]
  page_info: PageInfo
}

/** TikTok's page_size ceiling for most list endpoints (pixel/list allows 20). */
export const MAX_PAGE_SIZE = 1000

/**
 * Adwright's own bound on one listing, not TikTok's: far above any account a
 * desktop tool manages, and low enough that a server whose `page_info` claims
 * 10⁹ pages (a bug, a proxy, a hostile endpoint) cannot keep it paging forever.
 */
export const MAX_LISTING_PAGES = 1000
export const MAX_LISTING_OBJECTS = 100_000

/** A listing that would pass Adwright's bound; carries the endpoint so the message says which list. */
export class ListingTooLargeError extends TikTokApiError {}

/**
 * Walks `page` = 1, 2, … yielding each page's items, and stops at the first of:
 * an empty page, `total_page` reached, `total_number` objects collected. A
 * listing that claims (or reaches) more than the bound fails with a
 * ListingTooLargeError naming `endpoint` instead of running on.
 */
export async function* paginate<T>(endpoint: string, fetchPage: (page: number) => Promise<Page<T>>): AsyncGenerator<T[], void, undefined> {
  let collected = 0
  for (let page = 1; ; page++) {
    const { items, page_info } = await fetchPage(page)
    if (page_info.total_number > MAX_LISTING_OBJECTS) throw tooLarge(endpoint, `claims ${page_info.total_number} objects`)
    collected += items.length
    if (items.length > 0) yield items
    if (items.length === 0 || page >= page_info.total_page || collected >= page_info.total_number) return
    if (page >= MAX_LISTING_PAGES || collected >= MAX_LISTING_OBJECTS)
      throw tooLarge(endpoint, `still had more after ${page} pages and ${collected} objects`)
  }
}

function tooLarge(endpoint: string, what: string) {
  return new ListingTooLargeError(`${endpoint} ${what}; Adwright stops listing at ${MAX_LISTING_PAGES} pages or ${MAX_LISTING_OBJECTS} objects.`, {
    endpoint,
  })
}

export async function fetchAll<T>(pages: AsyncIterable<T[]>): Promise<T[]> {
  const all: T[] = []
  for await (const items of pages) all.push(...items)
  return all
}
