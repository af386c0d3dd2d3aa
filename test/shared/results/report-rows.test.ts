import { describe, expect, it } from 'vitest'
import { canonicalEvent, summarizePixel } from '#shared/results/pixel-events'
import { metricKeysFor, parseMetric, parseReportRows, REPORT_METRICS } from '#shared/results/report-rows'

const row = (metrics: Record<string, string>, dims: Record<string, string> = {}) => ({
  dimensions: { campaign_id: '1800', stat_time_day: '2026-11-02 00:00:00', country_code: 'JP', placement: 'PLACEMENT_PANGLE', ...dims },
  metrics,
})

describe('metric strings', () => {
  it('parses TikTok’s decimal strings, thousands separators and blanks', () => {
    expect(parseMetric('12.30')).toBe(12.3)
    expect(parseMetric('0')).toBe(0)
    expect(parseMetric('1,234.5')).toBe(1234.5)
    expect(parseMetric(' 7 ')).toBe(7)
    expect(parseMetric('-')).toBeNull()
    expect(parseMetric('')).toBeNull()
    expect(parseMetric(undefined)).toBeNull()
  })

  it('refuses values it would have to guess at', () => {
    expect(() => parseMetric('12.3%')).toThrow(/Unexpected metric value/)
    expect(() => parseMetric('$5')).toThrow()
  })
})

describe('report rows', () => {
  it('turns a row into numbers keyed by canonical names, with the day cut to YYYY-MM-DD', () => {
    const { rows, missingMetrics } = parseReportRows([row(Object.fromEntries(REPORT_METRICS.map((m, i) => [m, String(i + 0.5)])))], 'campaign')
    expect(missingMetrics).toEqual([])
    expect(rows[0]).toMatchObject({ day: '2026-11-02', entityId: '1800', dimension: 'country', key: 'JP' })
    expect(rows[0]!.metrics.spend).toBe(0.5)
    expect(rows[0]!.metrics.value).toBe(4.5) // total_complete_payment_rate, the purchase value
    expect(rows[0]!.metrics.Purchase).toBe(Number(REPORT_METRICS.indexOf('complete_payment')) + 0.5)
    expect(rows[0]!.metrics.Lead).toBe(Number(REPORT_METRICS.indexOf('form')) + 0.5)
  })

  it('counts missing or blank metrics as 0 and says which were missing', () => {
    const { rows, missingMetrics } = parseReportRows([row({ spend: '3.10', impressions: '-', clicks: '' })], 'campaign')
    expect(rows[0]!.metrics).toMatchObject({ spend: 3.1, impressions: 0, clicks: 0, Purchase: 0 })
    expect(missingMetrics).toContain('impressions')
    expect(missingMetrics).toContain('complete_payment')
    expect(missingMetrics).not.toContain('spend')
  })

  it('reads an AUDIENCE row by its breakdown, with only that report’s metrics and none of BASIC’s reported missing', () => {
    const { rows, missingMetrics } = parseReportRows(
      [row({ spend: '2.50', impressions: '90', clicks: '3', conversion: '1' })],
      'campaign',
      'placement',
    )
    expect(rows[0]).toMatchObject({ dimension: 'placement', key: 'PLACEMENT_PANGLE' })
    expect(rows[0]!.metrics).toMatchObject({ spend: 2.5, impressions: 90, clicks: 3, conversions: 1, Purchase: 0, value: 0 })
    expect(missingMetrics).toEqual([])
    expect(parseReportRows([row({ spend: '1' }, { age: 'AGE_25_34' })], 'campaign', 'age').rows[0]!.key).toBe('AGE_25_34')
    expect(parseReportRows([row({ spend: '1' })], 'campaign', 'gender').rows[0]!.key).toBe('UNKNOWN')
    expect(metricKeysFor('AUDIENCE')).toEqual(['spend', 'impressions', 'clicks', 'conversions'])
    expect(metricKeysFor('BASIC')).toHaveLength(13)
  })

  it('reads the id dimension of the level and rejects rows without a day or an id', () => {
    // Ad level reads ad_id_v2 (a Smart+ ad as one row); ad_id (per creative) only when asked for.
    expect(parseReportRows([row({}, { ad_id_v2: '99', ad_id: '7' })], 'ad').rows[0]!.entityId).toBe('99')
    expect(parseReportRows([row({}, { ad_id_v2: '99', ad_id: '7' })], 'ad', 'country', 'ad_id').rows[0]!.entityId).toBe('7')
    expect(() => parseReportRows([row({}, { ad_id_v2: '-' })], 'ad')).toThrow(/no ad_id_v2/)
    expect(() => parseReportRows([row({}, { stat_time_day: '' })], 'campaign')).toThrow(/stat_time_day/)
    expect(() => parseReportRows([row({})], 'adgroup')).toThrow(/adgroup_id/)
    expect(() => parseReportRows([row({ spend: 'lots' })], 'campaign')).toThrow(/spend: Unexpected/)
  })
})

describe('pixel events', () => {
  it('maps the 2025 renames and optimization events onto one name', () => {
    expect(canonicalEvent('CompletePayment')).toBe('Purchase')
    expect(canonicalEvent('Purchase')).toBe('Purchase')
    expect(canonicalEvent('SubmitForm')).toBe('Lead')
    expect(canonicalEvent('Lead')).toBe('Lead')
    expect(canonicalEvent('SHOPPING')).toBe('Purchase')
    expect(canonicalEvent('ON_WEB_CART')).toBe('AddToCart')
    expect(canonicalEvent('Search')).toBeUndefined()
  })

  it('lists a pixel’s events once each even when old and new names are both there', () => {
    const s = summarizePixel({
      pixel_id: '1',
      pixel_name: 'Shop',
      pixel_code: 'C1',
      events: [
        { event_type: 'CompletePayment' },
        { event_type: 'Purchase', event_code: 'CompletePayment', optimization_event: 'SHOPPING' },
        { event_type: 'SubmitForm' },
        { event_type: 'ViewContent' },
        { event_type: 'Contact' },
      ],
    })
    expect(s.events).toEqual(['ViewContent', 'Purchase', 'Lead'])
    expect(s.otherEvents).toEqual(['Contact'])
  })
})
