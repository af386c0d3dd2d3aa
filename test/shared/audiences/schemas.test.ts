import { describe, expect, it } from 'vitest'
import { dataSourceOf, isOffTikTok, AUDIENCE_TYPES } from '#shared/audiences/kinds'
import { AudienceSchema, PanglePackageSchema } from '#shared/audiences/schemas'
import { AdGroupSchema, AudienceSelectionSchema } from '#shared/domain/entity-schemas'

const file = { audience_id: 'local-vip', custom_audience_name: 'VIP customers', audience_type: 'CUSTOMER_FILE', calculate_type: 'EMAIL_SHA256' }
const message = (input: unknown) => {
  const r = AudienceSchema.safeParse(input)
  return r.success ? '' : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
}

describe('audience schemas (TikTok field names)', () => {
  it('reads a local customer-file draft, defaulting what TikTok fills in', () => {
    expect(AudienceSchema.parse(file)).toMatchObject({ cover_num: null, file_paths: [] })
  })

  it('names the field and the fix for TikTok’s limits', () => {
    expect(message({ ...file, custom_audience_name: 'x'.repeat(129) })).toMatch(/custom_audience_name: .*128/)
    expect(message({ ...file, retention_in_days: 400 })).toMatch(/retention_in_days: .*365/)
    expect(message({ ...file, calculate_type: 'EMAIL' })).toMatch(/calculate_type is one of EMAIL_SHA256/)
    expect(message({ ...file, audience_id: 'vip' })).toMatch(/audience_id/)
  })

  it('requires every lookalike_spec field and at least one location', () => {
    const spec = {
      source_audience_id: '123',
      audience_size: 'BROAD',
      include_source: true,
      location_ids: ['6252001'],
      mobile_os: 'ALL',
      placements: ['TikTok'],
    }
    const lal = { audience_id: '456', custom_audience_name: 'Like VIP', audience_type: 'LOOKALIKE', lookalike_spec: spec }
    expect(message(lal)).toBe('')
    expect(message({ ...lal, lookalike_spec: { ...spec, location_ids: [] } })).toMatch(/location_ids needs at least one/)
    expect(message({ ...lal, lookalike_spec: { ...spec, audience_size: 'HUGE' } })).toMatch(/NARROW, BALANCED or BROAD/)
  })

  it('limits a rule set to 1–5 rules', () => {
    const rule = { event_source_ids: ['1'], retention_days: 30, filter_set: { operator: 'OR', filters: [] } }
    const pixel = (n: number) => ({
      audience_id: '1',
      custom_audience_name: 'Visitors',
      audience_type: 'WEBSITE_TRAFFIC',
      rule_spec: { inclusion_rule_set: { rules: Array(n).fill(rule) } },
    })
    expect(message(pixel(5))).toBe('')
    expect(message(pixel(6))).toMatch(/at most 5 rules/)
    expect(message(pixel(0))).toMatch(/at least one rule/)
  })

  it('reads Pangle packages and an ad group’s selection', () => {
    expect(PanglePackageSchema.parse({ package_id: '7', package_name: 'Gamers', bind_type: 'INCLUDE' }).bind_type).toBe('INCLUDE')
    // Absent lists stay absent (none), so a stored ad group without them keeps its shape.
    expect(AudienceSelectionSchema.parse({ audience_ids: ['local-vip'] })).toEqual({ audience_ids: ['local-vip'] })
    const bad = AudienceSelectionSchema.safeParse({ excluded_audience_ids: ['vip list'], included_pangle_audience_package_ids: ['pkg'] })
    expect(bad.success ? [] : bad.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'excluded_audience_ids.0: audience_id is TikTok’s id (digits) or a local id such as "local-vip-customers".',
      'included_pangle_audience_package_ids.0: Pangle package ids are numbers (from /pangle_audience_package/get/).',
    ])
    expect(AdGroupSchema.shape.audience_ids).toBe(AudienceSelectionSchema.shape.audience_ids)
  })

  it('classifies each kind by data source: only engagement (and lookalike expansion) is in-app', () => {
    expect(AUDIENCE_TYPES.filter((t) => !isOffTikTok(dataSourceOf(t)))).toEqual(['ENGAGEMENT', 'LOOKALIKE'])
    expect(dataSourceOf('CUSTOMER_FILE')).toBe('ADVERTISER_FIRST_PARTY')
    expect(dataSourceOf('APP_ACTIVITY')).toBe('PARTNER')
  })
})
