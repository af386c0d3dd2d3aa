/**
 * Campaign, ad group and ad endpoints: create, update, status/update, get.
 * Campaign and ad group creates carry an idempotency `request_id`, so they may
 * be retried after an ambiguous failure; ad/create has none and is never retried
 * blindly. Updates and status updates carry no key either and TikTok does not
 * call them idempotent (a repeat lands after whatever changed in between), so
 * after an unknown outcome the caller reads the objects back instead.
 */
import { randomBytes } from 'node:crypto'
import { z } from 'zod'
import type { Ad, AdGroup, Campaign } from '#shared/domain/entities'
import { ENTITY_KINDS } from '#shared/domain/entity-kinds'
import type { OperationStatus } from '#shared/domain/enums'
import { MAX_PAGE_SIZE, paginate } from './pagination'
import {
  AdCreateResultSchema,
  ApiAdGroupSchema,
  ApiAdSchema,
  ApiCampaignSchema,
  StatusUpdateResultSchema,
  pageOf,
  type ApiAd,
  type ApiAdGroup,
  type ApiCampaign,
} from './response-schemas'
import type { Transport } from './transport'

/** A new idempotency key: a positive 63-bit integer as a decimal string, as TikTok takes it. */
export function newRequestId(): string {
  return (randomBytes(8).readBigUInt64BE() >> 1n).toString()
}

type Server<T, K extends keyof T> = Omit<T, K | 'advertiser_id' | 'operation_status'> & { operation_status?: OperationStatus }
export type CampaignCreate = Server<Campaign, 'campaign_id'>
export type AdGroupCreate = Server<AdGroup, 'adgroup_id'>
/** One creative of ad/create; `operation_status` sets the new ad's status ([SDK] adcreate_creatives.py; notes tiktok-api-2026.md §3). */
export type AdCreative = Omit<Ad, 'ad_id' | 'advertiser_id' | 'adgroup_id' | 'operation_status'> & { operation_status?: OperationStatus }
/** campaign/update takes only these fields. */
export type CampaignUpdate = Partial<Pick<Campaign, 'campaign_name' | 'budget' | 'special_industries'>>
/** placement_type cannot change after creation; the parent campaign never changes. */
export type AdGroupUpdate = Partial<Omit<AdGroup, 'advertiser_id' | 'campaign_id' | 'adgroup_id' | 'placement_type' | 'operation_status'>>
export type StatusAction = OperationStatus | 'DELETE'

export interface GetOptions {
  /** TikTok's `filtering` object, e.g. `{campaign_ids: [...]}`. */
  filtering?: Record<string, unknown>
  fields?: string[]
  pageSize?: number
}

/** TikTok's answer schema per kind; paths and id filters come from the entity registry. */
const API_SCHEMAS = { campaign: ApiCampaignSchema, adgroup: ApiAdGroupSchema, ad: ApiAdSchema } as const
type Kind = keyof typeof API_SCHEMAS
type ApiOf<K extends Kind> = K extends 'campaign' ? ApiCampaign : K extends 'adgroup' ? ApiAdGroup : ApiAd

export function entityEndpoints(t: Transport) {
  function pages<K extends Kind>(kind: K, advertiserId: string, options: GetOptions = {}): AsyncGenerator<ApiOf<K>[]> {
    const schema = API_SCHEMAS[kind]
    return paginate(ENTITY_KINDS[kind].api.get, async (page) => {
      const data = await t.request({
        method: 'GET',
        path: ENTITY_KINDS[kind].api.get,
        params: {
          advertiser_id: advertiserId,
          filtering: options.filtering,
          fields: options.fields,
          page,
          page_size: options.pageSize ?? MAX_PAGE_SIZE,
        },
        data: pageOf(schema as unknown as z.ZodType<ApiOf<K>>),
        idempotent: true,
      })
      return { items: data.list, page_info: data.page_info }
    })
  }

  function updateStatus(kind: Kind, advertiserId: string, ids: string[], status: StatusAction) {
    return t.request({
      method: 'POST',
      path: ENTITY_KINDS[kind].api.statusUpdate,
      params: { advertiser_id: advertiserId, [ENTITY_KINDS[kind].api.idsFilter]: ids, operation_status: status },
      data: StatusUpdateResultSchema,
      idempotent: false,
    })
  }

  return {
    /** Pages of campaigns (an async iterator); `fetchAll` collects them. */
    campaignPages: (advertiserId: string, options?: GetOptions) => pages('campaign', advertiserId, options),
    adgroupPages: (advertiserId: string, options?: GetOptions) => pages('adgroup', advertiserId, options),
    adPages: (advertiserId: string, options?: GetOptions) => pages('ad', advertiserId, options),
    updateStatus,

    /** Pass the same `requestId` when repeating a create (e.g. after a restart) so TikTok makes it once. */
    createCampaign: (advertiserId: string, fields: CampaignCreate, requestId = newRequestId()) =>
      t.request({
        method: 'POST',
        path: ENTITY_KINDS.campaign.api.create,
        params: { ...fields, advertiser_id: advertiserId, request_id: requestId },
        data: ApiCampaignSchema,
        idempotent: true,
      }),
    updateCampaign: (advertiserId: string, campaignId: string, fields: CampaignUpdate) =>
      t.request({
        method: 'POST',
        path: ENTITY_KINDS.campaign.api.update,
        params: { ...fields, advertiser_id: advertiserId, campaign_id: campaignId },
        data: ApiCampaignSchema,
        idempotent: false,
      }),

    createAdGroup: (advertiserId: string, fields: AdGroupCreate, requestId = newRequestId()) =>
      t.request({
        method: 'POST',
        path: ENTITY_KINDS.adgroup.api.create,
        params: { ...fields, advertiser_id: advertiserId, request_id: requestId },
        data: ApiAdGroupSchema,
        idempotent: true,
      }),
    updateAdGroup: (advertiserId: string, adgroupId: string, fields: AdGroupUpdate) =>
      t.request({
        method: 'POST',
        path: ENTITY_KINDS.adgroup.api.update,
        params: { ...fields, advertiser_id: advertiserId, adgroup_id: adgroupId },
        data: ApiAdGroupSchema,
        idempotent: false,
      }),

    /** Not idempotent: after an AmbiguousRequestError, read the ad group's ads back before trying again. */
    createAds: (advertiserId: string, adgroupId: string, creatives: AdCreative[]) =>
      t.request({
        method: 'POST',
        path: ENTITY_KINDS.ad.api.create,
        params: { advertiser_id: advertiserId, adgroup_id: adgroupId, creatives },
        data: AdCreateResultSchema,
        idempotent: false,
      }),
    /**
     * Changes only the fields given: without `patch_update` TikTok takes each
     * creative as a full replacement (notes: tiktok-api-2026.md §3, from [SDK] ad_update_body.py).
     */
    updateAds: (advertiserId: string, adgroupId: string, creatives: Array<Partial<AdCreative> & { ad_id: string }>) =>
      t.request({
        method: 'POST',
        path: ENTITY_KINDS.ad.api.update,
        params: { advertiser_id: advertiserId, adgroup_id: adgroupId, patch_update: true, creatives },
        data: z.object({ ad_ids: z.array(z.string()) }).loose(),
        idempotent: false,
      }),
  }
}
