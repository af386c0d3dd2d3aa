/**
 * TikTok's rules for creating custom audiences, as the SDK documents them
 * ([SDK] yml_files/dmp_custom_audience_file_upload.yml, dmp_custom_audience_create.yml,
 * dmp_custom_audience_lookalike_create.yml; notes tiktok-api-2026.md §4).
 */
import { ApiFailure, isBlank, missing, oneOf, paramError } from './handler-kit'
import type { StoredAudience } from './audience-store'

/** calculate_type, enum DmpCalculateType (file_upload.yml); create.yml's CalculateType lacks MAID_*. */
export const UPLOAD_CALCULATE_TYPES = [
  'EMAIL_SHA256',
  'FIRST_MD5',
  'FIRST_SHA256',
  'GAID_MD5',
  'GAID_SHA256',
  'IDFA_MD5',
  'IDFA_SHA256',
  'MAID_MD5',
  'MAID_SHA256',
  'MULTIPLE_TYPES',
  'PHONE_SHA256',
] as const
export const CREATE_CALCULATE_TYPES = UPLOAD_CALCULATE_TYPES.filter((t) => !t.startsWith('MAID_'))

/** create.yml: custom_audience_name is 1–128 characters. */
export function audienceName(params: Record<string, unknown>): string {
  const v = params.custom_audience_name
  if (isBlank(v)) throw missing('custom_audience_name')
  if (typeof v !== 'string') throw paramError('custom_audience_name', 'Must be a string.')
  if (v.length > 128) throw paramError('custom_audience_name', 'Length must be between 1 and 128.')
  return v
}

/** create.yml, rule_create.yml: retention_in_days 1–365. */
export function retention(params: Record<string, unknown>): number | null {
  const v = params.retention_in_days
  if (v === undefined) return null
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 365)
    throw paramError('retention_in_days', 'Must be an integer between 1 and 365.')
  return v
}

export const LOOKALIKE_SIZES = ['NARROW', 'BALANCED', 'BROAD'] as const
export const LOOKALIKE_OS = ['ALL', 'ANDROID', 'IOS'] as const
/** lookalike_create.yml: "The size of source audience should be no less than 100." */
export const LOOKALIKE_MIN_SOURCE = 100

/** lookalike_create.yml: every field of lookalike_spec is required; the source is not a lookalike and has ≥ 100 people. */
export function lookalikeSpec(params: Record<string, unknown>, source: (id: string) => StoredAudience | undefined): Record<string, unknown> {
  const spec = params.lookalike_spec
  if (isBlank(spec)) throw missing('lookalike_spec')
  if (typeof spec !== 'object' || Array.isArray(spec)) throw paramError('lookalike_spec', 'Must be an object.')
  const s = spec as Record<string, unknown>
  for (const f of ['source_audience_id', 'include_source', 'mobile_os', 'placements', 'location_ids', 'audience_size'])
    if (s[f] === undefined || s[f] === null || s[f] === '') throw missing(`lookalike_spec.${f}`)
  oneOf(s, 'audience_size', LOOKALIKE_SIZES)
  oneOf(s, 'mobile_os', LOOKALIKE_OS)
  if (typeof s.include_source !== 'boolean') throw paramError('lookalike_spec.include_source', 'Must be a boolean.')
  for (const f of ['location_ids', 'placements'])
    if (!Array.isArray(s[f]) || (s[f] as unknown[]).length === 0) throw paramError(`lookalike_spec.${f}`, 'Must be a non-empty list.')
  const seed = source(String(s.source_audience_id))
  if (!seed) throw new ApiFailure(40002, `lookalike_spec.source_audience_id: Audience ${String(s.source_audience_id)} does not exist.`)
  if (seed.audience_type === 'LOOKALIKE')
    throw paramError('lookalike_spec.source_audience_id', 'Source audience cannot be an existing lookalike audience.')
  if (seed.cover_num < LOOKALIKE_MIN_SOURCE)
    throw paramError('lookalike_spec.source_audience_id', `The size of source audience should be no less than ${LOOKALIKE_MIN_SOURCE}.`)
  return {
    source_audience_id: String(s.source_audience_id),
    audience_size: s.audience_size,
    include_source: s.include_source,
    location_ids: (s.location_ids as unknown[]).map(String),
    mobile_os: s.mobile_os,
    placements: (s.placements as unknown[]).map(String),
  }
}
