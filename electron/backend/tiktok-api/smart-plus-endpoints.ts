/**
 * Upgraded Smart+ endpoints under `/smart_plus/…` ([SDK] yml_files/smart_plus_*.yml; notes tiktok-api-2026.md §2).
 * Campaign and ad group creates require a `request_id` (a repeat succeeds only once), so they may be retried after an
 * ambiguous failure with the same key; ad create takes none and is never retried blindly (the caller reads back).
 * Status updates answer code 0 even when some ids fail, listing those in `data.error_list`.
 */
import { z } from 'zod'
import { ENTITY_KINDS, type SmartPlusKind } from '#shared/domain/entity-kinds'
import { MAX_PAGE_SIZE, paginate } from './pagination'
import { pageOf } from './response-schemas'
import type { GetOptions, StatusAction } from './entity-endpoints'
import type { Transport } from './transport'

const id = z.string().regex(/^\d+$/, 'ids are numeric strings in v1.3')
const timestamps = { create_time: z.string(), modify_time: z.string() }

export const ApiSmartPlusCampaignSchema = z.looseObject({
  advertiser_id: id,
  campaign_id: id,
  campaign_name: z.string(),
  objective_type: z.string(),
  operation_status: z.string(),
  secondary_status: z.string().optional(),
  ...timestamps,
})
export const ApiSmartPlusAdGroupSchema = z.looseObject({
  advertiser_id: id,
  campaign_id: id,
  adgroup_id: id,
  adgroup_name: z.string(),
  operation_status: z.string(),
  secondary_status: z.string().optional(),
  targeting_spec: z.looseObject({}).optional(),
  ...timestamps,
})
export const ApiSmartPlusAdSchema = z.looseObject({
  advertiser_id: id,
  adgroup_id: id,
  smart_plus_ad_id: id,
  ad_name: z.string(),
  operation_status: z.string(),
  secondary_status: z.string().optional(),
  /** Each creative comes back with TikTok's `ad_material_id`. */
  creative_list: z.array(z.looseObject({ creative_info: z.looseObject({}), ad_material_id: id.optional() })).optional(),
  ...timestamps,
})
export type ApiSmartPlusAd = z.infer<typeof ApiSmartPlusAdSchema>
export type ApiSmartPlusObject = z.infer<typeof ApiSmartPlusCampaignSchema | typeof ApiSmartPlusAdGroupSchema | typeof ApiSmartPlusAdSchema>

const SCHEMAS: Record<SmartPlusKind, z.ZodType<ApiSmartPlusObject>> = {
  smart_plus_campaign: ApiSmartPlusCampaignSchema,
  smart_plus_adgroup: ApiSmartPlusAdGroupSchema,
  smart_plus_ad: ApiSmartPlusAdSchema,
}

/** One id a status update could not change: TikTok lists it with a code and message (the entry's shape is not in the notes). */
export const SmartPlusStatusErrorSchema = z.looseObject({ code: z.number().optional(), message: z.string().optional() })
export const SmartPlusStatusResultSchema = z.looseObject({
  error_list: z
    .array(SmartPlusStatusErrorSchema)
    .optional()
    .transform((v) => v ?? []),
})

export function smartPlusEndpoints(t: Transport) {
  const api = (kind: SmartPlusKind) => ENTITY_KINDS[kind].api
  return {
    smartPlusPages: (kind: SmartPlusKind, advertiserId: string, options: GetOptions = {}) =>
      paginate(api(kind).get, async (page) => {
        const data = await t.request({
          method: 'GET',
          path: api(kind).get,
          params: { advertiser_id: advertiserId, filtering: options.filtering, page, page_size: options.pageSize ?? MAX_PAGE_SIZE },
          data: pageOf(SCHEMAS[kind]),
          idempotent: true,
        })
        return { items: data.list, page_info: data.page_info }
      }),

    /** Pass the same `requestId` when repeating a create so TikTok makes it once. */
    createSmartPlus: (kind: 'smart_plus_campaign' | 'smart_plus_adgroup', advertiserId: string, body: Record<string, unknown>, requestId: string) =>
      t.request({
        method: 'POST',
        path: api(kind).create,
        params: { ...body, advertiser_id: advertiserId, request_id: requestId },
        data: SCHEMAS[kind],
        idempotent: true,
      }),

    /** Not idempotent: after an AmbiguousRequestError, read the ad group's Smart+ ads back before trying again. */
    createSmartPlusAd: (advertiserId: string, body: Record<string, unknown>) =>
      t.request({
        method: 'POST',
        path: api('smart_plus_ad').create,
        params: { ...body, advertiser_id: advertiserId },
        data: ApiSmartPlusAdSchema,
        idempotent: false,
      }),

    updateSmartPlus: (kind: SmartPlusKind, advertiserId: string, objectId: string, fields: Record<string, unknown>) =>
      t.request({
        method: 'POST',
        path: api(kind).update,
        params: { ...fields, advertiser_id: advertiserId, [ENTITY_KINDS[kind].idField]: objectId },
        data: SCHEMAS[kind],
        idempotent: false,
      }),

    /** Code 0 may still carry failures: the caller reads `error_list`. */
    updateSmartPlusStatus: (kind: SmartPlusKind, advertiserId: string, ids: string[], status: StatusAction) =>
      t.request({
        method: 'POST',
        path: api(kind).statusUpdate,
        params: { advertiser_id: advertiserId, [api(kind).idsFilter]: ids, operation_status: status },
        data: SmartPlusStatusResultSchema,
        idempotent: false,
      }),
  }
}
