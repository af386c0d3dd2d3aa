/**
 * `/identity/video/get/`: the TikTok posts of an identity that can pull videos,
 * for Spark "pull" ads (`tiktok_item_id`). The SDK has no request spec for it,
 * only links to it (java_sdk/docs/AdAcoBodyMediaInfo.md, DOC 1740218475032577);
 * parameters and answer from [BUB] model/identity/video_get.go and
 * model/ttvideo/info.go; notes tiktok-api-2026.md §4 "Identities and Spark Ads".
 *
 * The listing pages by `cursor` rather than by page number: the answer's
 * `cursor` goes into the next request while `has_more` is true (a time cursor
 * for TT_USER / BC_AUTH_TT, a page cursor for AUTH_CODE — opaque to us either way).
 */
import { z } from 'zod'
import type { IdentityType } from '#shared/domain/enums'
import { MalformedResponseError } from './errors'
import { ListingTooLargeError, MAX_LISTING_OBJECTS, MAX_LISTING_PAGES } from './pagination'
import type { Transport } from './transport'

const PATH = '/identity/video/get/'

/** Posts per request: 1–20; TikTok ignores a larger count and answers at most 20 ([BUB] VideoGetRequest.Count). */
export const SPARK_POST_PAGE_SIZE = 20

const optionalString = z.string().optional().catch(undefined)
const optionalNumber = z.number().optional().catch(undefined)

/** One post. Only `item_id` is needed; the rest may be missing or of an odd type without failing the listing. */
export const SparkPostSchema = z.looseObject({
  item_id: z.union([z.string().min(1), z.number()]).transform(String),
  item_type: optionalString,
  text: optionalString,
  status: optionalString,
  // null for carousel posts ([BUB] ItemInfo.VideoInfo).
  video_info: z
    .looseObject({
      video_id: optionalString,
      poster_url: optionalString,
      preview_url: optionalString,
      duration: optionalNumber,
      width: optionalNumber,
      height: optionalNumber,
    })
    .nullable()
    .optional()
    .catch(undefined),
})
export type ApiSparkPost = z.infer<typeof SparkPostSchema>

const SparkPostPageSchema = z.object({
  video_list: z.array(SparkPostSchema).optional().default([]),
  cursor: z.union([z.string(), z.number()]).transform(String).optional(),
  has_more: z.boolean().optional().default(false),
})

/** Whose posts: the identity as `/identity/get/` lists it. */
export interface SparkPostIdentity {
  identity_type: IdentityType
  identity_id: string
  /** Needed with BC_AUTH_TT: the Business Center sharing the account. */
  identity_authorized_bc_id?: string
}

export function sparkPostEndpoints(t: Transport) {
  return {
    /** Every post of the identity, one list per page; a `has_more` without a new cursor is a malformed answer. */
    async *sparkPostPages(advertiserId: string, identity: SparkPostIdentity): AsyncGenerator<ApiSparkPost[], void, undefined> {
      let cursor: string | undefined
      let collected = 0
      for (let page = 1; ; page++) {
        const data = await t.request({
          method: 'GET',
          path: PATH,
          params: {
            advertiser_id: advertiserId,
            identity_type: identity.identity_type,
            identity_id: identity.identity_id,
            ...(identity.identity_type === 'BC_AUTH_TT' && identity.identity_authorized_bc_id
              ? { identity_authorized_bc_id: identity.identity_authorized_bc_id }
              : {}),
            ...(cursor !== undefined ? { cursor } : {}),
            count: SPARK_POST_PAGE_SIZE,
          },
          data: SparkPostPageSchema,
          idempotent: true,
        })
        collected += data.video_list.length
        if (data.video_list.length > 0) yield data.video_list
        if (!data.has_more) return
        // Sending the same cursor again would return the same page for ever.
        if (data.cursor === undefined || data.cursor === cursor)
          throw new MalformedResponseError(`${PATH} said has_more without a new cursor (after ${page} pages).`, { endpoint: PATH })
        if (page >= MAX_LISTING_PAGES || collected >= MAX_LISTING_OBJECTS)
          throw new ListingTooLargeError(
            `${PATH} still had more after ${page} pages and ${collected} posts; Adwright stops listing at ${MAX_LISTING_PAGES} pages or ${MAX_LISTING_OBJECTS} objects.`,
            { endpoint: PATH },
          )
        cursor = data.cursor
      }
    },
  }
}
