import { describe, expect, it } from 'vitest'
import type { AdvertiserSummary } from '#shared/domain/advertiser'
import { advertiserStatusLabel, searchAdvertisers } from '#shared/domain/advertiser-search'

const account = (i: number, name: string, extra: Partial<AdvertiserSummary> = {}): AdvertiserSummary => ({
  advertiser_id: `73020000000000${String(i).padStart(5, '0')}`,
  advertiser_name: name,
  currency: 'EUR',
  timezone: 'Europe/Berlin',
  source: 'production',
  ...extra,
})

// Hundreds of accounts, as an agency has.
const many = Array.from({ length: 600 }, (_, i) => account(i, `Client ${i} ${i % 2 ? 'Café' : 'Shoes'}`))

describe('searchAdvertisers', () => {
  it('finds by part of the name, ignoring case and accents, and by part of the id', () => {
    expect(searchAdvertisers(many, 'cafe')).toHaveLength(300)
    // 42, 142, 242, 342, 442, 542 and 420–429.
    const found = searchAdvertisers(many, 'CLIENT 42 ')
    expect(found).toHaveLength(16)
    expect(found[0]!.advertiser_name).toBe('Client 42 Shoes')
    expect(searchAdvertisers(many, '00599').map((a) => a.advertiser_name)).toEqual(['Client 599 Café'])
  })

  it('needs every word, matches the Business Center name too, and keeps the list order', () => {
    const list = [account(1, 'Lumen US'), account(2, 'Harbor client 01', { businessCenter: 'Harbor Media Agency' }), account(3, 'Lumen DE')]
    expect(searchAdvertisers(list, 'lumen de').map((a) => a.advertiser_name)).toEqual(['Lumen DE'])
    expect(searchAdvertisers(list, 'agency').map((a) => a.advertiser_name)).toEqual(['Harbor client 01'])
    expect(searchAdvertisers(list, '   ')).toEqual(list)
  })
})

describe('advertiserStatusLabel', () => {
  it('shows TikTok’s status words plainly', () => {
    expect(advertiserStatusLabel('STATUS_ENABLE')).toBe('enable')
    expect(advertiserStatusLabel('STATUS_LIMIT_SOMETHING')).toBe('limit something')
    expect(advertiserStatusLabel(undefined)).toBeNull()
  })
})
