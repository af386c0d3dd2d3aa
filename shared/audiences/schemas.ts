import { z } from 'zod'
import { CALCULATE_TYPES, LOOKALIKE_OS, LOOKALIKE_SIZES, PANGLE_BIND_TYPES, TIKTOK_RULE_AUDIENCE_TYPES } from './kinds'

/**
 * Zod schemas of the audiences an advertiser owns, in TikTok's field names
 * ([SDK] yml_files/dmp_custom_audience_*.yml; notes tiktok-api-2026.md §4).
 * Limits TikTok documents are enforced here so bad input is refused with a
 * message naming the field before anything is sent.
 */

/** TikTok ids are digit strings; audiences created offline carry a local id until they are posted. */
export const AudienceIdSchema = z
  .string()
  .regex(/^(\d{1,30}|local-[A-Za-z0-9_-]{1,64})$/, 'audience_id is TikTok’s id (digits) or a local id such as "local-vip-customers".')

/** TikTok's `custom_audience_name`: 1–128 characters (dmp_custom_audience_create.yml). */
export const AudienceNameSchema = z
  .string()
  .trim()
  .min(1, 'custom_audience_name is empty: give the audience a name.')
  .max(128, 'custom_audience_name is longer than TikTok’s 128 characters: shorten it.')

/** `retention_in_days` is 1–365 (dmp_custom_audience_create.yml, rule_create.yml). */
export const RetentionSchema = z
  .number({ error: 'retention_in_days is a whole number of days from 1 to 365.' })
  .int('retention_in_days is a whole number of days from 1 to 365.')
  .min(1, 'retention_in_days must be at least 1 day.')
  .max(365, 'retention_in_days cannot exceed TikTok’s 365 days.')

/** Health, religion, politics, sexuality: the special categories DSA Art. 26(3) forbids for profiling ads. */
export const SpecialCategorySchema = z.enum(['health', 'religion', 'politics', 'sexuality'], {
  error: 'special_category is one of health, religion, politics, sexuality (or leave it out).',
})

/** What TikTok tells about an audience it holds (`/dmp/custom_audience/list|get/`). */
const TikTokStatus = {
  /** TikTok's matched size; null until TikTok has matched the audience (or for a local draft). */
  cover_num: z.number().int().min(0, 'cover_num cannot be negative.').nullable().default(null),
  is_valid: z.boolean().optional(),
  is_expiring: z.boolean().optional(),
  expired_time: z.string().optional(),
  retention_in_days: RetentionSchema.optional(),
  /**
   * Adwright's own flag: the audience was built from events about health, religion, politics or
   * sexuality (for example visitors of a clinic's pages). TikTok has no such field; the advertiser
   * declares it so the EU rule can block it.
   */
  special_category: SpecialCategorySchema.nullable().optional(),
}

const common = { audience_id: AudienceIdSchema, custom_audience_name: AudienceNameSchema, ...TikTokStatus }

const ParameterFilter = z.object({
  field: z.string().min(1),
  operator: z.enum([
    'CONTAINS',
    'DOES_NOT_CONTAIN',
    'EQ',
    'IS_GREATER_THAN',
    'IS_GREATER_THAN_OR_EQUAL_TO',
    'IS_LESS_THAN',
    'IS_LESS_THAN_OR_EQUAL_TO',
    'NOT_EQUAL',
  ]),
  // rule_create.yml: at most 10 values per parameter filter.
  values: z.array(z.string()).min(1).max(10, 'A rule filter takes at most 10 values (TikTok’s limit).'),
})

const Rule = z.object({
  event_source_ids: z.array(z.string().min(1)).default([]),
  retention_days: RetentionSchema,
  filter_set: z.object({
    operator: z.enum(['AND', 'OR']),
    filters: z.array(
      z.object({
        field: z.string().min(1),
        operator: z.literal('EQ'),
        value: z.string(),
        parameter_filters: z.array(ParameterFilter).optional(),
      }),
    ),
  }),
})

/** rule_create.yml: a rule set holds 1 to 5 rules, combined with OR. */
const RuleSet = z.object({
  operator: z.literal('OR').default('OR'),
  rules: z.array(Rule).min(1, 'A rule set needs at least one rule.').max(5, 'A rule set holds at most 5 rules (TikTok’s limit).'),
})

export const RuleSpecSchema = z.object({ inclusion_rule_set: RuleSet, exclusion_rule_set: RuleSet.optional() })

/** Counts from hashing a customer file on this machine; never the identifiers themselves. */
export const HashingSummarySchema = z.object({
  rows: z.number().int().min(0),
  valid: z.record(z.string(), z.number().int().min(0)),
  bad: z.number().int().min(0),
  file_signature: z
    .string()
    .regex(/^[0-9a-f]{32}$/, 'file_signature is the MD5 of the hashed file, 32 hex digits.')
    .optional(),
})

export const CustomerFileAudienceSchema = z.object({
  ...common,
  audience_type: z.literal('CUSTOMER_FILE'),
  calculate_type: z.enum(CALCULATE_TYPES, { error: `calculate_type is one of ${CALCULATE_TYPES.join(', ')}.` }),
  /** TikTok's `file_paths` once the hashed file is uploaded. */
  file_paths: z.array(z.string().min(1)).default([]),
  hashing: HashingSummarySchema.optional(),
})

const ruleAudience = <T extends 'WEBSITE_TRAFFIC' | 'APP_ACTIVITY' | 'ENGAGEMENT'>(type: T) =>
  z.object({
    ...common,
    audience_type: z.literal(type),
    /** TikTok's own rule audience type when it differs (organic and LIVE engagement). */
    rule_audience_type: z.enum(TIKTOK_RULE_AUDIENCE_TYPES).optional(),
    rule_spec: RuleSpecSchema,
  })

export const WebsiteTrafficAudienceSchema = ruleAudience('WEBSITE_TRAFFIC')
export const AppActivityAudienceSchema = ruleAudience('APP_ACTIVITY')
export const EngagementAudienceSchema = ruleAudience('ENGAGEMENT')

export const LookalikeSpecSchema = z.object({
  source_audience_id: AudienceIdSchema,
  audience_size: z.enum(LOOKALIKE_SIZES, { error: 'lookalike_spec.audience_size is NARROW, BALANCED or BROAD.' }),
  include_source: z.boolean(),
  location_ids: z.array(z.string().min(1)).min(1, 'lookalike_spec.location_ids needs at least one location.'),
  mobile_os: z.enum(LOOKALIKE_OS, { error: 'lookalike_spec.mobile_os is ALL, ANDROID or IOS.' }),
  // The SDK names the apps ("TikTok, TopBuzz & BuzzVideo, Pangle") but not their enum spelling, so any
  // non-empty name is accepted rather than guessing TikTok's codes.
  placements: z.array(z.string().min(1)).min(1, 'lookalike_spec.placements needs at least one app.'),
})

export const LookalikeAudienceSchema = z.object({ ...common, audience_type: z.literal('LOOKALIKE'), lookalike_spec: LookalikeSpecSchema })

export const AudienceSchema = z.discriminatedUnion('audience_type', [
  CustomerFileAudienceSchema,
  WebsiteTrafficAudienceSchema,
  AppActivityAudienceSchema,
  EngagementAudienceSchema,
  LookalikeAudienceSchema,
])
export type Audience = z.infer<typeof AudienceSchema>
export type LookalikeAudience = z.infer<typeof LookalikeAudienceSchema>

/** One entry of `/pangle_audience_package/get/` (pangle_audience_package_get.yml, response_rule). */
export const PanglePackageSchema = z.object({
  package_id: z.string().min(1),
  package_name: z.string(),
  bind_type: z.enum(PANGLE_BIND_TYPES),
})
export type PanglePackage = z.infer<typeof PanglePackageSchema>
