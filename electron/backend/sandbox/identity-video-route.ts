/**
 * `GET /identity/video/get/`: the TikTok posts of one of the advertiser's
 * identities, for Spark "pull" ads (the ad names one in `tiktok_item_id`). The
 * SDK has no spec for this endpoint, only links to it
 * (java_sdk/docs/AdAcoBodyMediaInfo.md, DOC 1740218475032577); every rule below
 * is written from [BUB] model/identity/video_get.go (request, answer) and
 * model/ttvideo/info.go (the rows), notes tiktok-api-2026.md §4. The posts are
 * the demo identities' (shared/domain/demo/demo-spark-posts.ts).
 * Error codes are not documented: 40002 naming the field, like the other checks.
 */
import { demoIdentities, demoSparkPosts, type DemoSparkPost } from '#shared/domain/demo/index'
import { IDENTITY_TYPES } from '#shared/domain/enums'
import { advertiserOf, isBlank, missing, numberParam, oneOf, paramError, requireFields, type Handler, type HandlerContext } from './handler-kit'
import { posterUrl } from './material-cdn'

/** [BUB] VideoGetRequest.Count: 1–20, a larger value is ignored and at most 20 come back. */
const MAX_COUNT = 20
/** Not documented; the most TikTok answers, as a client that leaves `count` out would expect a full page. */
const DEFAULT_COUNT = 20
/** [BUB] VideoGetRequest.Keyword: text up to 500 characters, or an item id of at least 19 digits (exact match). */
const KEYWORD_MAX = 500
const ITEM_ID_KEYWORD = /^\d{19,}$/

/**
 * The row without the sandbox's own bookkeeping (`create_time` orders and pages the list; it is no ItemInfo field),
 * its cover link on the sandbox's own host (material-cdn.ts) so a client can copy it, as it would TikTok's.
 */
const rowOf =
  (ctx: HandlerContext) =>
  ({ create_time: _t, ...row }: DemoSparkPost) => ({ ...row, video_info: { ...row.video_info, poster_url: posterUrl(ctx, row.item_id) } })

const identityVideoGet: Handler = (ctx) => {
  const advertiserId = advertiserOf(ctx)
  // Both name whose posts are listed; the BUB request always sends them.
  requireFields(ctx.params, ['identity_type', 'identity_id'])
  const type = oneOf(ctx.params, 'identity_type', IDENTITY_TYPES)!
  // Only TikTok accounts have posts: IdentityApi.md identity_video_info names AUTH_CODE, TT_USER and BC_AUTH_TT.
  if (type === 'CUSTOMIZED_USER')
    throw paramError('identity_type', 'A custom identity has no TikTok posts. Use an AUTH_CODE, TT_USER or BC_AUTH_TT identity.')
  // The Business Center's id is required with BC_AUTH_TT ([BUB] IdentityAuthorizedBcID).
  const bc = ctx.params.identity_authorized_bc_id
  if (type === 'BC_AUTH_TT' && isBlank(bc)) throw missing('identity_authorized_bc_id')
  // VIDEO (default) or CAROUSEL ([BUB] ItemType); the demo identities post videos only.
  const itemType = oneOf(ctx.params, 'item_type', ['VIDEO', 'CAROUSEL'] as const) ?? 'VIDEO'
  // keyword: AUTH_CODE only, "otherwise an error" ([BUB] Keyword).
  const keyword = ctx.params.keyword
  if (keyword !== undefined) {
    if (type !== 'AUTH_CODE') throw paramError('keyword', 'Only available when identity_type is AUTH_CODE.')
    if (typeof keyword !== 'string' || keyword.length > KEYWORD_MAX) throw paramError('keyword', `Must be text of at most ${KEYWORD_MAX} characters.`)
  }
  const count = numberParam(ctx.params, 'count') ?? DEFAULT_COUNT
  if (!Number.isInteger(count) || count < 1) throw paramError('count', 'Must be an integer of at least 1.')
  const pageSize = Math.min(count, MAX_COUNT)

  const identityId = String(ctx.params.identity_id)
  const identity = demoIdentities(advertiserId).find(
    (i) => i.identity_type === type && i.identity_id === identityId && (type !== 'BC_AUTH_TT' || i.identity_authorized_bc_id === String(bc)),
  )
  if (!identity) throw paramError('identity_id', `No ${type} identity ${identityId} under this advertiser.`)
  // /identity/get/ says which identities can pull videos ([SDK] IdentityApi.md identity_get; notes §4 `can_pull_video`).
  if (!identity.can_pull_video) throw paramError('identity_id', 'This identity cannot pull TikTok posts (can_pull_video is false).')

  const text = typeof keyword === 'string' ? keyword.toLowerCase() : undefined
  const all = (itemType === 'VIDEO' ? demoSparkPosts(identity) : []).filter(
    (p) => text === undefined || (ITEM_ID_KEYWORD.test(text) ? p.item_id === text : p.text.toLowerCase().includes(text)),
  )
  const rows = rowOf(ctx)
  return type === 'AUTH_CODE' ? byPage(all, ctx.params.cursor, pageSize, rows) : byTime(all, ctx.params.cursor, pageSize, rows)
}

/** TT_USER / BC_AUTH_TT: the cursor is the time of the last post returned; the next request lists older ones ([BUB] VideoGetResult.Cursor). */
function byTime(posts: DemoSparkPost[], cursor: unknown, pageSize: number, rowOf: (p: DemoSparkPost) => unknown) {
  const before = cursor === undefined || cursor === '' ? Infinity : Number(cursor)
  if (Number.isNaN(before)) throw paramError('cursor', 'Must be the cursor of the previous answer.')
  const older = posts.filter((p) => p.create_time < before)
  const page = older.slice(0, pageSize)
  const last = page.at(-1)
  return { video_list: page.map(rowOf), cursor: last ? String(last.create_time) : '0', has_more: older.length > page.length }
}

/** AUTH_CODE: a page cursor, passed back while has_more is true ([BUB] VideoGetResult.Cursor). */
function byPage(posts: DemoSparkPost[], cursor: unknown, pageSize: number, rowOf: (p: DemoSparkPost) => unknown) {
  const from = cursor === undefined || cursor === '' ? 0 : Number(cursor)
  if (!Number.isInteger(from) || from < 0) throw paramError('cursor', 'Must be the cursor of the previous answer.')
  const page = posts.slice(from, from + pageSize)
  const next = from + page.length
  return { video_list: page.map(rowOf), cursor: String(next), has_more: next < posts.length }
}

export const IDENTITY_VIDEO_ROUTES = {
  '/identity/video/get/': { method: 'GET', handler: identityVideoGet, write: false },
} as const
