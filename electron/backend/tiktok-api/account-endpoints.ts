/**
 * What TikTok says about the advertiser itself: `/advertiser/info/` (currency,
 * time zone, whether Custom Identity is still allowed) and `/identity/get/` (the
 * identities ads can post under). Notes tiktok-api-2026.md §3 (currency, time
 * zone row) and §4 (Identities and Spark Ads); [SDK] yml_files/advertiser_info.yml,
 * python_sdk/docs/IdentityApi.md. Business Centers: `/bc/get/` and `/bc/asset/get/` with
 * `asset_type: ADVERTISER` (notes §4 "Accounts"; [SDK] yml_files/bc_get.yml, bc_asset_get.yml).
 */
import { z } from 'zod'
import type { IdentityType } from '#shared/domain/enums'
import { ADVERTISER_INFO_FIELDS } from '#shared/domain/identities'
import { paginate } from './pagination'
import { PageInfoSchema } from './response-schemas'
import type { Transport } from './transport'

/** `/advertiser/info/` takes at most this many ids per request (a limit of our own; the SDK states none). */
export const ADVERTISER_INFO_BATCH = 100

// Every field but the id may be missing: TikTok leaves out what `fields` did not ask for, and older accounts lack newer fields.
const optionalString = z.string().optional().catch(undefined)

/** `/bc/get/` and `/bc/asset/get/` page at most 50 rows ([SDK] bc_get.yml, bc_asset_get.yml). */
export const BC_PAGE_SIZE = 50

/** A Business Center row of `/bc/get/`: `bc_info` holds the centre itself ([SDK] bc_get.yml response_rule). */
export const BusinessCenterSchema = z.looseObject({
  bc_info: z.looseObject({
    bc_id: z.union([z.string(), z.number()]).transform(String),
    name: optionalString,
    company: optionalString,
    currency: optionalString,
    timezone: optionalString,
    status: optionalString,
  }),
  user_role: optionalString,
})
export type ApiBusinessCenter = z.infer<typeof BusinessCenterSchema>

/** An ad account row of `/bc/asset/get/` ([SDK] bc_asset_get.yml response_rule `assets[]`). */
export const BcAssetSchema = z.looseObject({
  asset_id: z.union([z.string(), z.number()]).transform(String),
  asset_name: optionalString,
  asset_type: optionalString,
  advertiser_role: optionalString,
  owner_bc_name: optionalString,
})
export type ApiBcAsset = z.infer<typeof BcAssetSchema>

const bcPageOf = <T extends z.ZodType>(row: T) => z.object({ list: z.array(row).optional().default([]), page_info: PageInfoSchema.optional() })

/** `/identity/get/` pages; 100 is the size the SDK's other identity lists use, asked for explicitly. */
export const IDENTITY_PAGE_SIZE = 100

export const AdvertiserInfoSchema = z.looseObject({
  advertiser_id: z.union([z.string(), z.number()]).transform(String),
  name: optionalString,
  currency: optionalString,
  timezone: optionalString,
  display_timezone: optionalString,
  status: optionalString,
  role: optionalString,
  country: optionalString,
  // Balance arrives as a number, or as a decimal string on some accounts.
  balance: z
    .union([z.number(), z.string().transform(Number)])
    .optional()
    .catch(undefined),
  company: optionalString,
  can_use_custom_identity: z.boolean().optional().catch(undefined),
})
export type ApiAdvertiserInfo = z.infer<typeof AdvertiserInfoSchema>

export const IdentitySchema = z.looseObject({
  identity_id: z.union([z.string(), z.number()]).transform(String),
  identity_type: z.string(),
  display_name: z.string().optional().catch(undefined),
  identity_authorized_bc_id: z.union([z.string(), z.number()]).transform(String).optional().catch(undefined),
  profile_image: optionalString,
  can_push_video: z.boolean().optional().catch(undefined),
  can_pull_video: z.boolean().optional().catch(undefined),
  available_status: optionalString,
})
export type ApiIdentity = z.infer<typeof IdentitySchema>

const IdentityPageSchema = z.object({
  identity_list: z.array(IdentitySchema).optional().default([]),
  page_info: PageInfoSchema.optional(),
})

export interface IdentityQuery {
  identity_type?: IdentityType
  /** Needed by TikTok with `identity_type: BC_AUTH_TT`. */
  identity_authorized_bc_id?: string
}

export function accountEndpoints(t: Transport) {
  /** One BC listing's pages; a page without page_info ends the listing. */
  const bcPages = <T extends z.ZodType>(path: string, params: Record<string, unknown>, row: T) =>
    paginate(path, async (page) => {
      const data = await t.request({
        method: 'GET',
        path,
        params: { ...params, page, page_size: BC_PAGE_SIZE },
        data: bcPageOf(row),
        idempotent: true,
      })
      const items = data.list as z.infer<T>[]
      return { items, page_info: data.page_info ?? { page, page_size: BC_PAGE_SIZE, total_number: items.length, total_page: page } }
    })

  return {
    /** The Business Centers the token's user belongs to. */
    businessCenterPages: () => bcPages('/bc/get/', {}, BusinessCenterSchema),
    /** A Business Center's ad accounts. */
    bcAdvertiserPages: (bcId: string) => bcPages('/bc/asset/get/', { bc_id: bcId, asset_type: 'ADVERTISER' }, BcAssetSchema),
    advertiserInfo: async (advertiserIds: readonly string[]): Promise<ApiAdvertiserInfo[]> => {
      const out: ApiAdvertiserInfo[] = []
      for (let i = 0; i < advertiserIds.length; i += ADVERTISER_INFO_BATCH) {
        const data = await t.request({
          method: 'GET',
          path: '/advertiser/info/',
          // Every field Adwright keeps: TikTok answers only those `fields` names.
          params: { advertiser_ids: advertiserIds.slice(i, i + ADVERTISER_INFO_BATCH), fields: ADVERTISER_INFO_FIELDS },
          data: z.object({ list: z.array(AdvertiserInfoSchema).optional().default([]) }),
          idempotent: true,
        })
        out.push(...data.list)
      }
      return out
    },
    identityPages: (advertiserId: string, query: IdentityQuery = {}) =>
      paginate('/identity/get/', async (page) => {
        const data = await t.request({
          method: 'GET',
          path: '/identity/get/',
          params: { advertiser_id: advertiserId, ...query, page, page_size: IDENTITY_PAGE_SIZE },
          data: IdentityPageSchema,
          idempotent: true,
        })
        const items = data.identity_list
        // A single page without page_info: stop after it.
        const page_info = data.page_info ?? { page, page_size: IDENTITY_PAGE_SIZE, total_number: items.length, total_page: page }
        return { items, page_info }
      }),
  }
}
