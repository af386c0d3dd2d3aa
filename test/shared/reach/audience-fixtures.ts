import type { Audience } from '#shared/audiences/schemas'
import type { AudienceCatalogue } from '#shared/reach/estimate'

const status = { is_valid: true, is_expiring: false, retention_in_days: 180 } as const

export const customerFile = (id: string, cover_num: number): Audience => ({
  audience_id: id,
  custom_audience_name: `File ${id}`,
  audience_type: 'CUSTOMER_FILE',
  calculate_type: 'EMAIL_SHA256',
  file_paths: [],
  cover_num,
  ...status,
})

const ruleSpec = {
  inclusion_rule_set: {
    operator: 'OR' as const,
    rules: [{ event_source_ids: ['1'], retention_days: 30, filter_set: { operator: 'OR' as const, filters: [] } }],
  },
}

export const pixel = (id: string, cover_num: number, special_category?: 'health'): Audience => ({
  audience_id: id,
  custom_audience_name: `Visitors ${id}`,
  audience_type: 'WEBSITE_TRAFFIC',
  rule_spec: ruleSpec,
  cover_num,
  special_category,
  ...status,
})

export const engagement = (id: string, cover_num: number): Audience => ({
  audience_id: id,
  custom_audience_name: `Engaged ${id}`,
  audience_type: 'ENGAGEMENT',
  rule_spec: ruleSpec,
  cover_num,
  ...status,
})

export const lookalike = (
  id: string,
  source: string,
  location_ids: string[],
  over: Partial<Extract<Audience, { audience_type: 'LOOKALIKE' }>['lookalike_spec']> = {},
): Audience => ({
  audience_id: id,
  custom_audience_name: `Lookalike ${id}`,
  audience_type: 'LOOKALIKE',
  lookalike_spec: {
    source_audience_id: source,
    audience_size: 'BALANCED',
    include_source: false,
    location_ids,
    mobile_os: 'ALL',
    placements: ['TikTok'],
    ...over,
  },
  cover_num: null,
  ...status,
})

export const catalogue = (...audiences: Audience[]): AudienceCatalogue => new Map(audiences.map((a) => [a.audience_id, a]))
