/** One audience of each kind as a plan file writes them (docs/plan-format.md), for the plan and CLI tests. */
import type { Audience } from '#shared/audiences/schemas'

export const PIXEL_ID = '7302000000000009001'

/** A rule set of one rule: these event sources, one event filter, 30 days' retention (rule_create.yml's shape). */
export const ruleSpec = (event_source_ids: string[], value = 'PIXEL COMPLETE PAYMENT') => ({
  inclusion_rule_set: {
    operator: 'OR' as const,
    rules: [
      {
        event_source_ids,
        retention_days: 30,
        filter_set: { operator: 'OR' as const, filters: [{ field: 'EVENT', operator: 'EQ' as const, value }] },
      },
    ],
  },
})

/** As they stand in an audience list (a customer file with its counts, no raw file). */
export const planAudiences = (): Audience[] => [
  {
    audience_id: 'local-vip',
    custom_audience_name: 'VIP customers',
    audience_type: 'CUSTOMER_FILE',
    calculate_type: 'EMAIL_SHA256',
    file_paths: [],
    cover_num: null,
    retention_in_days: 180,
    hashing: { rows: 3000, valid: { EMAIL: 3000, PHONE: 0, IDFA: 0, GAID: 0, MAID: 0 }, bad: 0 },
  },
  {
    audience_id: 'local-buyers',
    custom_audience_name: 'Site buyers',
    audience_type: 'WEBSITE_TRAFFIC',
    cover_num: null,
    rule_spec: ruleSpec([PIXEL_ID], 'PIXEL COMPLETE PAYMENT'),
  },
  {
    audience_id: 'local-app',
    custom_audience_name: 'App openers',
    audience_type: 'APP_ACTIVITY',
    cover_num: null,
    rule_spec: ruleSpec(['6447000000'], 'APP LAUNCH'),
  },
  {
    audience_id: 'local-engaged',
    custom_audience_name: 'Ad engagers',
    audience_type: 'ENGAGEMENT',
    cover_num: null,
    rule_spec: ruleSpec([], 'ENGAGEMENT CLICK'),
  },
  {
    audience_id: 'local-vip-lal',
    custom_audience_name: 'VIP lookalike',
    audience_type: 'LOOKALIKE',
    cover_num: null,
    lookalike_spec: {
      source_audience_id: 'local-vip',
      audience_size: 'BALANCED',
      include_source: false,
      location_ids: ['6252001'],
      mobile_os: 'ALL',
      placements: ['TikTok'],
    },
  },
]

/** A customer file of `n` emails, raw, as an advertiser's CRM exports it (with a bad row). */
export const rawCustomerCsv = (n: number) =>
  ['Email,Name', ...Array.from({ length: n }, (_, i) => `Person${i}@Example.com,Person ${i}`), 'not-an-email,Nobody'].join('\n')
