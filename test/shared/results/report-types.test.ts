/**
 * The report each breakdown uses, checked against TikTok's documentation as the
 * notes record it (tiktok-api.md §4: report types, BASIC and AUDIENCE dimensions,
 * metric names; tiktok-api-2026.md §3: placement is AUDIENCE only, 10–12 h late,
 * narrower metrics) and the SDK's report_type enum (yml_files/report_integrated_get.yml).
 */
import { describe, expect, it } from 'vitest'
import { EVENT_METRICS } from '#shared/results/pixel-events'
import { BREAKDOWN_REPORT, REPORT_TYPE_SPECS, REPORT_TYPES, RESULT_DIMENSIONS } from '#shared/results/report-types'

/** Metric names the notes list (tiktok-api.md §4, "Metric names"). */
const DOCUMENTED_METRICS = new Set([
  ...['spend', 'impressions', 'clicks', 'ctr', 'cpc', 'cpm', 'reach', 'frequency', 'conversion', 'cost_per_conversion', 'conversion_rate'],
  ...['result', 'cost_per_result', 'real_time_conversion', 'complete_payment', 'cost_per_complete_payment', 'complete_payment_rate'],
  ...['total_complete_payment_rate', 'complete_payment_roas', 'web_event_add_to_cart', 'initiate_checkout', 'on_web_order', 'add_billing'],
  ...['form', 'user_registration', 'page_content_view_events', 'total_landing_page_view', 'total_pageview'],
])
/** Dimensions only the AUDIENCE report has (tiktok-api.md §4; placement: tiktok-api-2026.md §3). */
const AUDIENCE_ONLY = ['age', 'gender', 'language', 'placement', 'platform', 'ac']
/** The SDK's report_type enum. */
const SDK_REPORT_TYPES = ['AUDIENCE', 'BASIC', 'BC', 'CATALOG', 'PLAYABLE_MATERIAL', 'TT_SHOP']

describe('report types', () => {
  it('uses report types TikTok has', () => {
    for (const t of REPORT_TYPES) expect(SDK_REPORT_TYPES).toContain(t)
  })

  it('asks BASIC for time, entity and country, and AUDIENCE for placement, age, gender and platform', () => {
    expect(Object.fromEntries(RESULT_DIMENSIONS.map((d) => [d, BREAKDOWN_REPORT[d].reportType]))).toEqual({
      country: 'BASIC',
      placement: 'AUDIENCE',
      age: 'AUDIENCE',
      gender: 'AUDIENCE',
      platform: 'AUDIENCE',
    })
    for (const d of RESULT_DIMENSIONS) {
      const { reportType, apiDimension } = BREAKDOWN_REPORT[d]
      expect(REPORT_TYPE_SPECS[reportType].dimensions, d).toContain(apiDimension)
    }
    // BASIC never carries an audience dimension; AUDIENCE carries every one.
    for (const d of AUDIENCE_ONLY) {
      expect(REPORT_TYPE_SPECS.BASIC.dimensions).not.toContain(d)
      expect(REPORT_TYPE_SPECS.AUDIENCE.dimensions).toContain(d)
    }
  })

  it('asks only for documented metrics, the AUDIENCE report for fewer, and says how late AUDIENCE data is', () => {
    for (const t of REPORT_TYPES) for (const m of REPORT_TYPE_SPECS[t].metrics) expect(DOCUMENTED_METRICS, `${t} ${m}`).toContain(m)
    const basic = new Set(REPORT_TYPE_SPECS.BASIC.metrics)
    expect(REPORT_TYPE_SPECS.AUDIENCE.metrics.every((m) => basic.has(m))).toBe(true)
    expect(REPORT_TYPE_SPECS.AUDIENCE.metrics.length).toBeLessThan(basic.size)
    // The pixel events and the purchase value come from BASIC only.
    for (const m of [...Object.values(EVENT_METRICS), 'total_complete_payment_rate']) {
      expect(basic.has(m)).toBe(true)
      expect(REPORT_TYPE_SPECS.AUDIENCE.metrics).not.toContain(m)
    }
    expect(REPORT_TYPE_SPECS.AUDIENCE.latencyHours).toEqual([10, 12])
    expect(REPORT_TYPE_SPECS.BASIC.latencyHours).toEqual([0, 0])
  })
})
