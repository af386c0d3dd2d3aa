/**
 * Deterministic delivery data for report/integrated/get. Every figure is built
 * from atomic cells (ad × day × country × placement) of whole numbers — cents
 * for money — and requested dimensions only sum cells, so totals agree across
 * any breakdown. A seeded stream per cell makes the numbers repeat exactly.
 */
import type { Market } from '#shared/markets/markets'
import { createPrng, hashSeed } from './prng'
import type { StoredObject } from './sandbox-state'
import { countryOf } from './tool-datasets'

/**
 * Share of pixel events that can be attributed to an ad, by market: consent
 * banners in the EU, ATT and state opt-outs in the US, fewer restrictions in the
 * test markets. Sandbox estimates, ordered EU < US < EAST_ASIA_TEST.
 */
export const ATTRIBUTION_RATE: Record<Market, number> = { EU: 0.4, US: 0.6, EAST_ASIA_TEST: 0.8, OTHER: 0.6 }
const CPM_USD: Record<Market, number> = { US: 9.5, EU: 7, EAST_ASIA_TEST: 3.5, OTHER: 5 }
/** Sunday first, as Date.getUTCDay counts: weekends deliver more. */
export const WEEKDAY_FACTOR = [1.2, 0.9, 0.92, 0.95, 1, 1.1, 1.25]
/** Pangle does not deliver in the US or the EU. */
const PANGLE_MARKETS: ReadonlySet<Market> = new Set(['EAST_ASIA_TEST', 'OTHER'])

export interface Counts {
  spend_cents: number
  impressions: number
  clicks: number
  landing: number
  view_content: number
  add_to_cart: number
  checkout: number
  payment: number
  payment_value_cents: number
  conversion: number
  add_billing: number
  place_order: number
  lead: number
  registration: number
}

export interface Cell {
  dims: {
    advertiser_id: string
    campaign_id: string
    adgroup_id: string
    ad_id: string
    stat_time_day: string
    country_code: string
    placement: string
  }
  counts: Counts
}

const OPTIMIZATION_EVENT_COUNT: Record<string, keyof Counts> = {
  SHOPPING: 'payment',
  ON_WEB_CART: 'add_to_cart',
  INITIATE_ORDER: 'checkout',
  ON_WEB_DETAIL: 'view_content',
}

function dailyBudget(g: StoredObject): number {
  const budget = typeof g.budget === 'number' ? g.budget : 100
  if (g.budget_mode === 'BUDGET_MODE_TOTAL' && typeof g.schedule_start_time === 'string' && typeof g.schedule_end_time === 'string') {
    const days = Math.max(
      1,
      (Date.parse(`${g.schedule_end_time.replace(' ', 'T')}Z`) - Date.parse(`${g.schedule_start_time.replace(' ', 'T')}Z`)) / 86_400_000,
    )
    return budget / days
  }
  return budget
}

function placementsOf(g: StoredObject): string[] {
  if (g.placement_type === 'PLACEMENT_TYPE_AUTOMATIC') return ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE']
  return Array.isArray(g.placements) ? g.placements.filter((p): p is string => p === 'PLACEMENT_TIKTOK' || p === 'PLACEMENT_PANGLE') : []
}

/** One ad's cells for one day (UTC date `YYYY-MM-DD`). */
export function cellsFor(seed: number, ad: StoredObject, adgroup: StoredObject, adsInGroup: number, day: string): Cell[] {
  const countries = (Array.isArray(adgroup.location_ids) ? adgroup.location_ids : [])
    .map((id) => countryOf(String(id)))
    .filter((c) => c !== undefined)
  const unique = [...new Map(countries.map((c) => [c.region_code, c])).values()]
  const totalAdults = unique.reduce((n, c) => n + c.adults, 0)
  const weekday = WEEKDAY_FACTOR[new Date(`${day}T00:00:00Z`).getUTCDay()]!
  const cells: Cell[] = []
  for (const country of unique) {
    const placements = placementsOf(adgroup).filter((p) => p === 'PLACEMENT_TIKTOK' || PANGLE_MARKETS.has(country.market))
    for (const placement of placements) {
      const rnd = createPrng(hashSeed(seed, String(ad.ad_id), day, country.region_code, placement))
      const noise = (spread: number) => 1 - spread + rnd() * 2 * spread
      const pangle = placement === 'PLACEMENT_PANGLE'
      const placementShare = placements.length === 1 ? 1 : pangle ? 0.2 : 0.8
      // Campaigns rarely spend their whole budget: aim at 85 % of it.
      const targetUsd =
        ((dailyBudget(adgroup) * 0.85) / Math.max(1, adsInGroup)) * (country.adults / totalAdults) * placementShare * weekday * noise(0.2)
      const cpm = CPM_USD[country.market] * (pangle ? 0.6 : 1) * noise(0.1)
      const impressions = Math.floor((targetUsd / cpm) * 1000)
      const attribution = ATTRIBUTION_RATE[country.market]
      // Cells are small (a few clicks each), so flooring every funnel step would drop most late-funnel events:
      // round at random instead, keeping each step's expected value.
      const whole = (x: number) => {
        const n = Math.floor(x)
        return n + (rnd() < x - n ? 1 : 0)
      }
      const clicks = whole(impressions * (pangle ? 0.007 : 0.012) * noise(0.25))
      // The true funnel, then the share the pixel can attribute at each step.
      const landing = whole(clicks * 0.82 * noise(0.05))
      const view = whole(landing * 0.65 * noise(0.1))
      const cart = Math.min(view, whole(view * 0.22 * noise(0.2)))
      const checkout = Math.min(cart, whole(cart * 0.55 * noise(0.2)))
      const payment = Math.min(checkout, whole(checkout * 0.6 * noise(0.2)))
      // The share the pixel can attribute, step by step; a step never counts more than the one before it.
      const measured = (n: number, cap = Infinity) => Math.min(cap, whole(n * attribution))
      const mLanding = measured(landing)
      const mView = measured(view, mLanding)
      const mCart = measured(cart, mView)
      const mCheckout = measured(checkout, mCart)
      const mPayment = measured(payment, mCheckout)
      const counts: Counts = {
        spend_cents: Math.round((impressions * cpm * 100) / 1000),
        impressions,
        clicks,
        landing: mLanding,
        view_content: mView,
        add_to_cart: mCart,
        checkout: mCheckout,
        payment: mPayment,
        payment_value_cents: Math.round(mPayment * 8500 * noise(0.3)),
        conversion: 0,
        // Payment info sits between checkout and purchase.
        add_billing: Math.max(mPayment, measured(checkout * 0.8 * noise(0.05), mCheckout)),
        place_order: mPayment,
        lead: measured(landing * 0.015 * noise(0.3)),
        registration: measured(landing * 0.03 * noise(0.3)),
      }
      const event = OPTIMIZATION_EVENT_COUNT[String(adgroup.optimization_event)] ?? 'payment'
      counts.conversion = adgroup.pixel_id ? counts[event] : 0
      if (impressions > 0) {
        cells.push({
          dims: {
            advertiser_id: ad.advertiser_id,
            campaign_id: String(ad.campaign_id),
            adgroup_id: String(ad.adgroup_id),
            ad_id: String(ad.ad_id),
            stat_time_day: `${day} 00:00:00`,
            country_code: country.region_code,
            placement,
          },
          counts,
        })
      }
    }
  }
  return cells
}

const money = (cents: number) => (cents / 100).toFixed(2)
const ratio = (a: number, b: number, scale = 1) => (b === 0 ? '0.00' : ((a / b) * scale).toFixed(2))

/** Metric name → its string value from summed counts. Metric values are strings, as TikTok sends them. */
export const METRICS: Record<string, (c: Counts) => string> = {
  spend: (c) => money(c.spend_cents),
  impressions: (c) => String(c.impressions),
  clicks: (c) => String(c.clicks),
  ctr: (c) => ratio(c.clicks, c.impressions, 100),
  cpc: (c) => ratio(c.spend_cents / 100, c.clicks),
  cpm: (c) => ratio(c.spend_cents / 100, c.impressions, 1000),
  conversion: (c) => String(c.conversion),
  cost_per_conversion: (c) => ratio(c.spend_cents / 100, c.conversion),
  conversion_rate: (c) => ratio(c.conversion, c.clicks, 100),
  total_landing_page_view: (c) => String(c.landing),
  page_content_view_events: (c) => String(c.view_content),
  web_event_add_to_cart: (c) => String(c.add_to_cart),
  initiate_checkout: (c) => String(c.checkout),
  complete_payment: (c) => String(c.payment),
  add_billing: (c) => String(c.add_billing),
  on_web_order: (c) => String(c.place_order),
  form: (c) => String(c.lead),
  user_registration: (c) => String(c.registration),
  cost_per_complete_payment: (c) => ratio(c.spend_cents / 100, c.payment),
  total_complete_payment_rate: (c) => money(c.payment_value_cents),
  complete_payment_roas: (c) => ratio(c.payment_value_cents, c.spend_cents),
}

/** What a pixel counts (every event after the click, and the purchase value); delivery and clicks stay. */
export function silencePixel(c: Counts) {
  for (const k of [
    'landing',
    'view_content',
    'add_to_cart',
    'checkout',
    'payment',
    'payment_value_cents',
    'conversion',
    'add_billing',
    'place_order',
    'lead',
    'registration',
  ] as const)
    c[k] = 0
}

export function addCounts(into: Counts, c: Counts) {
  for (const k of Object.keys(into) as Array<keyof Counts>) into[k] += c[k]
}

export const zeroCounts = (): Counts => ({
  spend_cents: 0,
  impressions: 0,
  clicks: 0,
  landing: 0,
  view_content: 0,
  add_to_cart: 0,
  checkout: 0,
  payment: 0,
  payment_value_cents: 0,
  conversion: 0,
  add_billing: 0,
  place_order: 0,
  lead: 0,
  registration: 0,
})
