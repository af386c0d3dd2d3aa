/**
 * OAuth and Business Center endpoints:
 * - `POST /oauth2/access_token/` `{app_id, secret, auth_code}` and `POST /oauth2/revoke_token/`
 *   `{app_id, secret, access_token}` take no Access-Token header (the app authenticates with its secret):
 *   notes tiktok-api-2026.md §4 "Accounts"; [SDK] python_sdk/docs/Oauth2AccessTokenBody.md and
 *   authentication_api.py (no auth settings on the exchange); [BUB] model/oauth/revoke_token.go.
 * - `GET /oauth2/advertiser/get/` (Access-Token header, `app_id` + `secret` in the query) answers ids and names
 *   only (notes §3 "currency, time zone"; [SDK] authentication_api.py `oauth2_advertiser_get`).
 * - `GET /bc/get/` and `GET /bc/asset/get/` (`bc_id`, `asset_type` required; page_size ≤ 50): notes §4,
 *   [SDK] yml_files/bc_get.yml, bc_asset_get.yml, whose response rules give the row fields used here.
 */
import { DEMO_ADVERTISERS } from '#shared/domain/demo-account'
import { ApiFailure, oneOf, pageSlice, paramError, requireFields, type Handler, type HandlerContext, type SandboxRoute } from './handler-kit'
import { SANDBOX_BC, SANDBOX_BC_ADVERTISERS, directoryAdvertiser } from './oauth-directory'

/** The BC endpoints page at most 50 rows ([SDK] bc_get.yml, bc_asset_get.yml: `page_size` maximum 50, default 10). */
const BC_MAX_PAGE_SIZE = 50

/** [SDK] bc_asset_get.yml `asset_type` enum, the values marked `is_valid: true` (DOMAIN is not). */
const BC_ASSET_TYPES = ['ADVERTISER', 'CATALOG', 'LEAD', 'PIXEL', 'STOREFRONT', 'TIKTOK_SHOP', 'TT_ACCOUNT'] as const

function grants(ctx: HandlerContext) {
  if (!ctx.oauth) throw new Error('The sandbox server gives every handler its OAuth grants.')
  return ctx.oauth
}

const accessToken: Handler = (ctx) => {
  requireFields(ctx.params, ['app_id', 'secret', 'auth_code'])
  const issued = grants(ctx).exchange(ctx.params.app_id, ctx.params.secret, ctx.params.auth_code)
  // `return_advertiser_ids: false` leaves the list out, for logins with thousands of accounts ([BUB] access_token.go, default true).
  if (ctx.params.return_advertiser_ids === false) return { access_token: issued.access_token, scope: issued.scope }
  return issued
}

const revokeToken: Handler = (ctx) => {
  requireFields(ctx.params, ['app_id', 'secret', 'access_token'])
  return grants(ctx).revoke(ctx.params.app_id, ctx.params.secret, ctx.params.access_token)
}

const nameOf = (id: string) => DEMO_ADVERTISERS.find((a) => a.advertiser_id === id)?.advertiser_name ?? directoryAdvertiser(id)?.name ?? id

/**
 * A token from an OAuth grant is listed only with its own app's id and secret. The embedded sandbox's fixed
 * demo tokens belong to no app, so there the pair is not asked for (the demo works with no login).
 */
const advertiserGet: Handler = (ctx) => {
  if (ctx.grant) {
    requireFields(ctx.params, ['app_id', 'secret'])
    grants(ctx).checkApp(ctx.params.app_id, ctx.params.secret)
    if (ctx.params.app_id !== ctx.grant.appId) throw new ApiFailure(40001, 'app_id: The access token was issued to another app.')
  }
  return { list: ctx.advertiserIds.map((id) => ({ advertiser_id: id, advertiser_name: nameOf(id) })) }
}

/** Only logins made through the authorization page are Business Center members; the demo token is not. */
function memberOfBc(ctx: HandlerContext): boolean {
  return ctx.grant !== undefined
}

const bcGet: Handler = (ctx) => {
  const rows = memberOfBc(ctx)
    ? [
        {
          bc_info: {
            bc_id: SANDBOX_BC.bc_id,
            name: SANDBOX_BC.name,
            company: SANDBOX_BC.company,
            currency: SANDBOX_BC.currency,
            timezone: SANDBOX_BC.timezone,
            status: SANDBOX_BC.status,
            type: SANDBOX_BC.type,
          },
          user_role: SANDBOX_BC.user_role,
        },
      ]
    : []
  const bcId = ctx.params.bc_id
  const matching = bcId === undefined || bcId === '' ? rows : rows.filter((r) => r.bc_info.bc_id === String(bcId))
  const { list, page_info } = pageSlice(ctx.params, matching, BC_MAX_PAGE_SIZE, 10)
  return { list, page_info }
}

const bcAssetGet: Handler = (ctx) => {
  requireFields(ctx.params, ['bc_id', 'asset_type'])
  const type = oneOf(ctx.params, 'asset_type', BC_ASSET_TYPES)
  if (String(ctx.params.bc_id) !== SANDBOX_BC.bc_id || !memberOfBc(ctx)) {
    throw new ApiFailure(40001, 'bc_id: No permission to access this Business Center with the access token.')
  }
  const filtering = ctx.params.filtering
  if (filtering !== undefined && (typeof filtering !== 'object' || filtering === null || Array.isArray(filtering))) {
    throw paramError('filtering', 'Must be an object.')
  }
  const keyword = String((filtering as { keyword?: unknown } | undefined)?.keyword ?? '').toLowerCase()
  // Only ad accounts are modelled; the BC holds no other asset type here.
  const assets =
    type === 'ADVERTISER'
      ? SANDBOX_BC_ADVERTISERS.filter((a) => !keyword || a.name.toLowerCase().includes(keyword) || a.advertiser_id.includes(keyword)).map((a) => ({
          asset_id: a.advertiser_id,
          asset_name: a.name,
          asset_type: 'ADVERTISER',
          advertiser_role: 'ADMIN',
          advertiser_account_type: 'AUCTION',
          owner_bc_name: SANDBOX_BC.name,
        }))
      : []
  const { list, page_info } = pageSlice(ctx.params, assets, BC_MAX_PAGE_SIZE, 10)
  return { list, page_info }
}

export const OAUTH_ROUTES: Record<string, SandboxRoute> = {
  '/oauth2/access_token/': { method: 'POST', handler: accessToken, write: false, auth: 'app-secret' },
  '/oauth2/revoke_token/': { method: 'POST', handler: revokeToken, write: false, auth: 'app-secret' },
  '/oauth2/advertiser/get/': { method: 'GET', handler: advertiserGet, write: false },
  '/bc/get/': { method: 'GET', handler: bcGet, write: false },
  '/bc/asset/get/': { method: 'GET', handler: bcAssetGet, write: false },
}
