/**
 * TikTok's rules for `POST /dmp/custom_audience/rule/create/`, as the SDK documents them
 * ([SDK] yml_files/dmp_custom_audience_rule_create.yml; notes tiktok-api-2026.md §4). Each check
 * cites the line of the spec it comes from. Written from the spec alone: nothing here is shared
 * with the client's request building.
 */
import { ApiFailure, isBlank, missing, oneOf, paramError } from './handler-kit'

/** rule_create.yml, audience_type (enum SecondPartyAudienceType). */
export const RULE_AUDIENCE_TYPES = [
  'APP',
  'BUSINESS_ACCOUNT',
  'ENGAGEMENT',
  'ENGAGEMENT_LIVE_VIDEO',
  'ENGAGEMENT_ORGANIC_VIDEO',
  'LEAD_GENERATION',
  'OFFLINE',
  'PIXEL',
  'TIKTOK_SHOP',
] as const
export type RuleAudienceType = (typeof RULE_AUDIENCE_TYPES)[number]

/**
 * The kinds the sandbox models. The others need assets it does not hold (lead forms, shops,
 * offline event sets, business accounts), so it refuses them rather than pretend.
 */
export const SANDBOX_RULE_TYPES = ['PIXEL', 'APP', 'ENGAGEMENT', 'ENGAGEMENT_ORGANIC_VIDEO', 'ENGAGEMENT_LIVE_VIDEO'] as const

/** filters[].parameter_filters[].field: x-open-validate `%s in ["URL", "CONTENT_TYPE", "PRICE", "VALUE", "CONTENT_ID", "CONTENT_CATEGORY"]`. */
const PARAMETER_FIELDS = ['URL', 'CONTENT_TYPE', 'PRICE', 'VALUE', 'CONTENT_ID', 'CONTENT_CATEGORY'] as const
/** parameter_filters[].operator, enum ParameterFilterOperatorType. */
const PARAMETER_OPERATORS = [
  'CONTAINS',
  'DOES_NOT_CONTAIN',
  'EQ',
  'IS_GREATER_THAN',
  'IS_GREATER_THAN_OR_EQUAL_TO',
  'IS_LESS_THAN',
  'IS_LESS_THAN_OR_EQUAL_TO',
  'NOT_EQUAL',
] as const
/** "If field is set to URL, operator can only be set to CONTAINS, DOES_NOT_CONTAIN, or EQ." */
const URL_OPERATORS = ['CONTAINS', 'DOES_NOT_CONTAIN', 'EQ'] as const

/** What the rule checks need to know of the advertiser's assets. */
export interface RuleAssets {
  hasPixel(id: string): boolean
  hasAdgroup(id: string): boolean
}

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v)

function objectAt(v: unknown, field: string): Json {
  if (isBlank(v)) throw missing(field)
  if (!isObject(v)) throw paramError(field, 'Must be an object.')
  return v
}

function listAt(v: unknown, field: string): unknown[] {
  if (isBlank(v)) throw missing(field)
  if (!Array.isArray(v)) throw paramError(field, 'Must be a list.')
  return v
}

/**
 * rules[].retention_days is required; its values are "Enumerations - Lookback window", which the
 * SDK does not list, so the sandbox takes the audience's own 1–365 days. "If audience_type =
 * ENGAGEMENT_LIVE_VIDEO or ENGAGEMENT_ORGANIC_VIDEO, then retention_days must be 7, 14, or 30."
 */
function retentionDays(rule: Json, field: string, type: RuleAudienceType) {
  const v = rule.retention_days
  if (v === undefined || v === null) throw missing(`${field}.retention_days`)
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 365)
    throw paramError(`${field}.retention_days`, 'Must be an integer between 1 and 365.')
  if ((type === 'ENGAGEMENT_LIVE_VIDEO' || type === 'ENGAGEMENT_ORGANIC_VIDEO') && ![7, 14, 30].includes(v))
    throw paramError(`${field}.retention_days`, `For ${type} it must be 7, 14 or 30.`)
}

/**
 * event_source_ids: "Required when audience_type is not ENGAGEMENT or LEAD_GENERATION" (inclusion
 * rules); pixel ids for PIXEL, App ids for APP, ad group ids for ENGAGEMENT, at most 10 post or
 * LIVE ids for the organic and LIVE engagement kinds.
 */
function eventSources(rule: Json, field: string, type: RuleAudienceType, inclusion: boolean, assets: RuleAssets) {
  const v = rule.event_source_ids
  const f = `${field}.event_source_ids`
  if (isBlank(v)) {
    if (inclusion && type !== 'ENGAGEMENT') throw missing(f)
    return
  }
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' && typeof x !== 'number')) throw paramError(f, 'Must be a list of strings.')
  const ids = v.map(String)
  if ((type === 'ENGAGEMENT_LIVE_VIDEO' || type === 'ENGAGEMENT_ORGANIC_VIDEO') && ids.length > 10)
    throw paramError(f, 'The maximum allowed number of ids is 10.')
  for (const id of ids) {
    if (type === 'PIXEL' && !assets.hasPixel(id))
      throw new ApiFailure(40002, `${f}: Pixel ${id} does not exist or does not belong to this advertiser.`)
    if (type === 'ENGAGEMENT' && !assets.hasAdgroup(id))
      throw new ApiFailure(40002, `${f}: Ad group ${id} does not exist or does not belong to this advertiser.`)
    // APP: the sandbox holds no app list, so any app id is taken as the advertiser's.
  }
}

/** One parameter filter: field and operator from their enums, 1–10 values of at most 100 characters. */
function parameterFilter(p: unknown, field: string) {
  const o = objectAt(p, field)
  if (isBlank(o.field)) throw missing(`${field}.field`)
  const name = oneOf(o, 'field', PARAMETER_FIELDS)
  if (isBlank(o.operator)) throw missing(`${field}.operator`)
  const op = oneOf(o, 'operator', PARAMETER_OPERATORS)!
  if (name === 'URL' && !(URL_OPERATORS as readonly string[]).includes(op))
    throw paramError(`${field}.operator`, `With field URL the operator can only be ${URL_OPERATORS.join(', ')}.`)
  const values = listAt(o.values, `${field}.values`)
  // values: "Max size: 10. Length limit for each value: 100 characters."
  if (values.length > 10) throw paramError(`${field}.values`, 'Max size: 10.')
  if (values.some((x) => typeof x !== 'string' || x.length > 100))
    throw paramError(`${field}.values`, 'Each value is a string of at most 100 characters.')
  return name
}

/** filter_set: filters (required, "Max size: 1") and operator (AND / OR); each filter EVENT EQ <value>. */
function filterSet(rule: Json, field: string) {
  const set = objectAt(rule.filter_set, `${field}.filter_set`)
  const f = `${field}.filter_set`
  if (isBlank(set.operator)) throw missing(`${f}.operator`)
  oneOf(set, 'operator', ['AND', 'OR'] as const)
  const filters = listAt(set.filters, `${f}.filters`)
  if (filters.length > 1) throw paramError(`${f}.filters`, 'Max size: 1. Within each rule, you can only specify one object in filters.')
  const filter = objectAt(filters[0], `${f}.filters[0]`)
  for (const k of ['field', 'operator', 'value']) if (isBlank(filter[k])) throw missing(`${f}.filters[0].${k}`)
  // field: "Enum value: EVENT"; operator: "Enum value: EQ: equals"; value: an event name string.
  oneOf(filter, 'field', ['EVENT'] as const)
  oneOf(filter, 'operator', ['EQ'] as const)
  if (typeof filter.value !== 'string') throw paramError(`${f}.filters[0].value`, 'Must be a string.')
  if (filter.parameter_filters === undefined) return
  const params = listAt(filter.parameter_filters, `${f}.filters[0].parameter_filters`)
  const names = params.map((p, i) => parameterFilter(p, `${f}.filters[0].parameter_filters[${i}]`))
  // "a maximum of one URL keyword filter (with field set to URL) and 10 parameter filters (with field not set to URL)".
  if (names.filter((n) => n === 'URL').length > 1) throw paramError(`${f}.filters[0].parameter_filters`, 'At most one URL keyword filter.')
  if (names.filter((n) => n !== 'URL').length > 10) throw paramError(`${f}.filters[0].parameter_filters`, 'At most 10 parameter filters.')
}

/** A rule set: operator "Enum value: OR", 1 to 5 rules ("Rule set needs to include at least 1 rule and up to 5 rules"). */
function ruleSet(v: unknown, field: string, type: RuleAudienceType, inclusion: boolean, assets: RuleAssets): number {
  const set = objectAt(v, field)
  if (isBlank(set.operator)) throw missing(`${field}.operator`)
  oneOf(set, 'operator', ['OR'] as const)
  const rules = listAt(set.rules, `${field}.rules`)
  if (rules.length > 5) throw paramError(`${field}.rules`, 'Rule set needs to include at least 1 rule and up to 5 rules.')
  rules.forEach((r, i) => {
    const rule = objectAt(r, `${field}.rules[${i}]`)
    retentionDays(rule, `${field}.rules[${i}]`, type)
    eventSources(rule, `${field}.rules[${i}]`, type, inclusion, assets)
    // filter_set is not marked required on the rule, but its filters are: an inclusion rule without one selects nothing.
    if (rule.filter_set !== undefined || inclusion) filterSet(rule, `${field}.rules[${i}]`)
  })
  return rules.length
}

/**
 * The body's audience_type and rule_spec, checked; answers the kind and the rule spec to keep,
 * with the number of inclusion rules (the sandbox sizes the audience by it).
 */
export function ruleAudienceBody(params: Json, assets: RuleAssets) {
  if (isBlank(params.audience_type)) throw missing('audience_type')
  const type = oneOf(params, 'audience_type', RULE_AUDIENCE_TYPES)!
  if (!(SANDBOX_RULE_TYPES as readonly string[]).includes(type))
    throw paramError('audience_type', `The sandbox does not model ${type} audiences; it serves ${SANDBOX_RULE_TYPES.join(', ')}.`)
  // identity_id / identity_type: "Required when audience_type is ENGAGEMENT_LIVE_VIDEO or ENGAGEMENT_ORGANIC_VIDEO".
  if (type === 'ENGAGEMENT_LIVE_VIDEO' || type === 'ENGAGEMENT_ORGANIC_VIDEO') {
    if (isBlank(params.identity_id)) throw missing('identity_id')
    if (isBlank(params.identity_type)) throw missing('identity_type')
    oneOf(params, 'identity_type', ['TT_USER', 'BC_AUTH_TT'] as const)
    if (params.identity_type === 'BC_AUTH_TT' && isBlank(params.identity_authorized_bc_id)) throw missing('identity_authorized_bc_id')
  }
  const spec = objectAt(params.rule_spec, 'rule_spec')
  const inclusionRules = ruleSet(spec.inclusion_rule_set, 'rule_spec.inclusion_rule_set', type, true, assets)
  if (spec.exclusion_rule_set !== undefined) ruleSet(spec.exclusion_rule_set, 'rule_spec.exclusion_rule_set', type, false, assets)
  return { type, rule_spec: spec, inclusionRules }
}
