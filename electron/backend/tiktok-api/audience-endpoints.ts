/**
 * TikTok's custom-audience endpoints ([SDK] yml_files/dmp_custom_audience_file_upload.yml, _create.yml,
 * _lookalike_create.yml, _rule_create.yml; notes tiktok-api-2026.md §4). A customer file goes up as multipart with its MD5
 * (`file_signature`), streamed from disk; TikTok answers a `file_path` that `create` then names. The creates
 * carry no idempotency key, so they are never retried blindly.
 */
import { openAsBlob, statSync } from 'node:fs'
import { basename } from 'node:path'
import { z } from 'zod'
import { paginate } from './pagination'
import { PageInfoSchema } from './response-schemas'
import type { Transport } from './transport'

const id = z.union([z.string(), z.number()]).transform(String)

/** One row of `/dmp/custom_audience/list/` (tiktok-api-2026.md §4); tolerant of absent fields. */
export const ListedAudienceSchema = z.looseObject({
  audience_id: id,
  name: z.string(),
  audience_type: z.string(),
  cover_num: z.number().nullable().optional(),
  is_valid: z.boolean().optional(),
  is_expiring: z.boolean().optional(),
  expired_time: z.string().nullable().optional(),
  calculate_type: z.string().nullable().optional(),
  lookalike_spec: z.record(z.string(), z.unknown()).nullable().optional(),
  /** `YYYY-MM-DD HH:MM:SS` (UTC), as TikTok's other objects: bounds the read-back after a lost create. */
  create_time: z.string().nullable().optional(),
})
export type ListedAudience = z.infer<typeof ListedAudienceSchema>

export interface CustomerFileUpload {
  path: string
  /** MD5 of the file, hex. */
  signature: string
  calculate_type: string
}

/** The body of `/dmp/custom_audience/rule/create/` (rule_create.yml): TikTok's own rule `audience_type` and `rule_spec`. */
export interface RuleAudienceCreate {
  custom_audience_name: string
  /** PIXEL, APP, ENGAGEMENT, ENGAGEMENT_ORGANIC_VIDEO, ENGAGEMENT_LIVE_VIDEO … */
  audience_type: string
  rule_spec: Record<string, unknown>
  retention_in_days?: number
}

/**
 * One package of `/pangle_audience_package/get/` (pangle_audience_package_get.yml: `packages[{package_id, package_name,
 * bind_type}]`). The id is an int64 that may come as a number; a bind type Adwright does not know is kept as read and
 * left out by the cache.
 */
export const ListedPanglePackageSchema = z.looseObject({ package_id: id, package_name: z.string().catch(''), bind_type: z.string() })
export type ListedPanglePackage = z.infer<typeof ListedPanglePackageSchema>

/** rule_create.yml's answer: `custom_audience_id` (response_rule), an int64 that may come as a number. */
export const RuleCreateAnswerSchema = z.object({ custom_audience_id: id }).loose()

export function audienceEndpoints(t: Transport) {
  return {
    /** Every audience of the advertiser, 100 a page (list.yml's largest page). */
    audiencePages: (advertiserId: string) =>
      paginate('/dmp/custom_audience/list/', async (page) => {
        const data = await t.request({
          method: 'GET',
          path: '/dmp/custom_audience/list/',
          params: { advertiser_id: advertiserId, page, page_size: 100 },
          data: z.object({ list: z.array(ListedAudienceSchema), page_info: PageInfoSchema }).loose(),
          idempotent: true,
        })
        return { items: data.list, page_info: data.page_info }
      }),
    uploadCustomerFile: (advertiserId: string, f: CustomerFileUpload) =>
      t.request({
        method: 'POST',
        path: '/dmp/custom_audience/file/upload/',
        form: async () => {
          if (!statSync(f.path, { throwIfNoEntry: false })?.isFile()) throw new Error(`The hashed customer file ${f.path} is no longer there.`)
          const body = new FormData()
          body.set('advertiser_id', advertiserId)
          body.set('calculate_type', f.calculate_type)
          body.set('file_signature', f.signature)
          body.set('file', await openAsBlob(f.path), basename(f.path))
          return body
        },
        data: z.object({ file_path: z.string() }).loose(),
        // Sending the file again only leaves TikTok a second copy that nothing names: safe to repeat.
        idempotent: true,
      }),
    createCustomerFileAudience: (
      advertiserId: string,
      a: { custom_audience_name: string; calculate_type: string; file_paths: string[]; retention_in_days?: number },
    ) =>
      t.request({
        method: 'POST',
        path: '/dmp/custom_audience/create/',
        params: { advertiser_id: advertiserId, ...a },
        data: z.object({ custom_audience_id: id }).loose(),
        idempotent: false,
      }),
    createLookalikeAudience: (advertiserId: string, a: { custom_audience_name: string; lookalike_spec: Record<string, unknown> }) =>
      t.request({
        method: 'POST',
        path: '/dmp/custom_audience/lookalike/create/',
        params: { advertiser_id: advertiserId, ...a },
        data: z.object({ custom_audience_id: id }).loose(),
        idempotent: false,
      }),
    /** The Pangle audience packages the advertiser may use; not paged (pangle_audience_package_get.yml has no page fields). */
    panglePackages: (advertiserId: string) =>
      t.request({
        method: 'GET',
        path: '/pangle_audience_package/get/',
        params: { advertiser_id: advertiserId },
        data: z.object({ packages: z.array(ListedPanglePackageSchema).nullish() }).loose(),
        idempotent: true,
      }),
    /** Not idempotent (no request_id in rule_create.yml): after an AmbiguousRequestError, read the list back by name. */
    createRuleAudience: (advertiserId: string, a: RuleAudienceCreate) =>
      t.request({
        method: 'POST',
        path: '/dmp/custom_audience/rule/create/',
        params: { advertiser_id: advertiserId, ...a },
        data: RuleCreateAnswerSchema,
        idempotent: false,
      }),
  }
}
