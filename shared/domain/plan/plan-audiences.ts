/**
 * The plan file's `audiences` list (docs/plan-format.md, issue 15 item 7): the custom audiences its ad
 * groups name in `audience_ids` / `excluded_audience_ids`, each in TikTok's fields and checked with the
 * audience schemas (shared/audiences/schemas.ts). A CUSTOMER_FILE entry names its CSV in `file_path`;
 * reading and hashing the file is the caller's (the CLI's), since this module does no file access, and
 * what is kept is only the hashed file and its counts, never the raw one.
 */
import type { z } from 'zod'
import { AUDIENCE_TYPES, type AudienceType } from '../../audiences/kinds'
import {
  AppActivityAudienceSchema,
  CustomerFileAudienceSchema,
  EngagementAudienceSchema,
  LookalikeAudienceSchema,
  WebsiteTrafficAudienceSchema,
  type Audience,
} from '../../audiences/schemas'
import type { ImportRowError } from '../account'
import type { ImportParseResult } from '../import-result'
import { isLocalId } from '../entities'
import { describeIssues, formatPath } from '../issue-messages'

export interface PlanAudience {
  audience: Audience
  /** CUSTOMER_FILE: the CSV as the plan names it, relative to the plan file or absolute. Read and hashed at import, never kept. */
  file_path?: string
  /** Where the entry is in the file, e.g. `audiences[2]`. */
  path: string
}

const SCHEMAS: Record<AudienceType, z.ZodObject> = {
  CUSTOMER_FILE: CustomerFileAudienceSchema,
  WEBSITE_TRAFFIC: WebsiteTrafficAudienceSchema,
  APP_ACTIVITY: AppActivityAudienceSchema,
  ENGAGEMENT: EngagementAudienceSchema,
  LOOKALIKE: LookalikeAudienceSchema,
}

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v)

/** `foreign`: the plan is another advertiser's, whose TikTok audience ids mean nothing here. */
export function parsePlanAudiences(value: unknown, foreign: boolean): { audiences: PlanAudience[]; errors: ImportRowError[] } {
  const audiences: PlanAudience[] = []
  const errors: ImportRowError[] = []
  if (value === undefined) return { audiences, errors }
  if (!Array.isArray(value)) {
    errors.push({ row: 'audiences', field: 'audiences', message: 'audiences must be a list of audience entries.' })
    return { audiences, errors }
  }
  const seen = new Set<string>()
  value.forEach((entry, i) => {
    const path = `audiences[${i}]`
    const fail = (field: string, message: string) => errors.push({ row: field ? `${path}.${field}` : path, field, message })
    if (!isObject(entry)) return fail('', `${path}: each audience must be an object with audience_id, custom_audience_name and audience_type.`)
    const label =
      `Audience ${typeof entry.custom_audience_name === 'string' && entry.custom_audience_name ? `“${entry.custom_audience_name}”` : ''}`.trim()
    const where = `${label} (${path})`
    const type = entry.audience_type
    if (!AUDIENCE_TYPES.includes(type as AudienceType))
      return fail(
        'audience_type',
        type === undefined
          ? `${where}: audience_type is required: one of ${AUDIENCE_TYPES.join(', ')}.`
          : `${where}: audience_type must be one of ${AUDIENCE_TYPES.join(', ')} (it is ${JSON.stringify(type)}).`,
      )
    const { file_path, ...fields } = entry
    const before = errors.length
    if (file_path !== undefined && type !== 'CUSTOMER_FILE')
      fail('file_path', `${where}: file_path names a customer file's CSV; a ${String(type)} audience has none. Remove it.`)
    else if (file_path !== undefined && (typeof file_path !== 'string' || file_path.trim() === ''))
      fail('file_path', `${where}: file_path must be the path of the CSV (relative to the plan file, or absolute).`)
    const id = fields.audience_id
    if (typeof id === 'string') {
      if (seen.has(id)) fail('audience_id', `${where}: audience_id ${id} appears more than once in the audiences list.`)
      seen.add(id)
      if (foreign && !isLocalId(id))
        fail(
          'audience_id',
          `${where}: ${id} is an audience of the plan's advertiser, not this one's; audiences belong to one advertiser. Give it a local id such as "local-${i + 1}" (and use it in the ad groups) to create it here.`,
        )
    } else if (id === undefined) fail('audience_id', `${where}: audience_id is required: TikTok's id, or a local id such as "local-vip-customers".`)
    // Every field must be one the kind has: a misspelt field would otherwise be dropped without a word.
    const parsed = SCHEMAS[type as AudienceType].strict().safeParse(fields)
    if (!parsed.success)
      for (const issue of describeIssues(parsed.error, fields))
        if (!(issue.path[0] === 'audience_id' && id === undefined))
          errors.push({
            row: formatPath(path, issue.path),
            field: String(issue.path[0] ?? ''),
            message: `${where}: ${formatPath('', issue.path) || 'the entry'} ${issue.message}`,
          })
    if (errors.length > before || !parsed.success) return
    audiences.push({ audience: parsed.data as Audience, path, ...(typeof file_path === 'string' ? { file_path } : {}) })
  })
  // A lookalike built on a draft needs that draft in the list: nothing else could create its seed.
  const seedless = ({ audience: a }: PlanAudience) =>
    a.audience_type === 'LOOKALIKE' && isLocalId(a.lookalike_spec.source_audience_id) && !seen.has(a.lookalike_spec.source_audience_id)
  for (const { audience: a, path } of audiences.filter(seedless))
    errors.push({
      row: `${path}.lookalike_spec.source_audience_id`,
      field: 'lookalike_spec',
      message: `Audience “${a.custom_audience_name}” (${path}): lookalike_spec.source_audience_id ${(a as { lookalike_spec: { source_audience_id: string } }).lookalike_spec.source_audience_id} is not in the audiences list; add the source audience, or name its TikTok id.`,
    })
  return { audiences: audiences.filter((a) => !seedless(a)), errors }
}

/** Fields first by what names the audience, then the kind's in schema order; nothing TikTok has not said (null size, no files). */
const LEAD = ['audience_id', 'custom_audience_name', 'audience_type'] as const

/** The `audiences` list as export writes it: TikTok's fields and Adwright's counts, never a raw file. */
export function exportPlanAudiences(audiences: readonly Audience[]): Json[] {
  return audiences.map((a) => {
    const source = a as unknown as Json
    const out: Json = {}
    for (const k of [...LEAD, ...Object.keys(SCHEMAS[a.audience_type].shape).filter((k) => !(LEAD as readonly string[]).includes(k))]) {
      const v = source[k]
      if (v === undefined || (k === 'cover_num' && v === null) || (k === 'file_paths' && Array.isArray(v) && v.length === 0)) continue
      out[k] = v
    }
    return out
  })
}

/** The plan's ad groups with each audience id mapped (a draft posted by an earlier push names TikTok's id now). */
export function withAudienceIds<T extends Pick<ImportParseResult, 'adgroups' | 'smartPlusAdgroups'>>(plan: T, map: ReadonlyMap<string, string>): T {
  if (!map.size) return plan
  const m = (ids: readonly string[] | undefined) => ids?.map((id) => map.get(id) ?? id)
  return {
    ...plan,
    adgroups: plan.adgroups.map((g) => ({
      ...g,
      ...(g.audience_ids ? { audience_ids: m(g.audience_ids) } : {}),
      ...(g.excluded_audience_ids ? { excluded_audience_ids: m(g.excluded_audience_ids) } : {}),
    })),
    smartPlusAdgroups: plan.smartPlusAdgroups.map((g) => ({
      ...g,
      targeting_spec: {
        ...g.targeting_spec,
        ...(g.targeting_spec.audience_ids ? { audience_ids: m(g.targeting_spec.audience_ids) } : {}),
        ...(g.targeting_spec.excluded_audience_ids ? { excluded_audience_ids: m(g.targeting_spec.excluded_audience_ids) } : {}),
      },
    })),
  }
}
