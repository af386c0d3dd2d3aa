import type { PageInfo } from './response-schemas'

export interface Page<T> {
  items: T[]
  page_info: PageInfo
}

/** TikTok's page_size ceiling for most list endpoints (pixel/list allows 20). */
export const MAX_PAGE_SIZE = 1000

/**
 * Walks `page` = 1, 2, … until `data.page_info.total_page` is reached, yielding
 * each page's items. Stops on an empty page too, so a server that miscounts
 * cannot make it loop forever.
 */
export async function* paginate<T>(fetchPage: (page: number) => Promise<Page<T>>): AsyncGenerator<T[], void, undefined> {
  for (let page = 1; ; page++) {
    const { items, page_info } = await fetchPage(page)
    if (items.length > 0) yield items
    if (items.length === 0 || page >= page_info.total_page) return
  }
}

export async function fetchAll<T>(pages: AsyncIterable<T[]>): Promise<T[]> {
  const all: T[] = []
  for await (const items of pages) all.push(...items)
  return all
}
