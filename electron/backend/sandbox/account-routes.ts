/**
 * `/advertiser/info/`, `/identity/get/` and `/identity/video/get/` for the demo advertisers and the OAuth login's
 * accounts (oauth-directory.ts), written from
 * notes tiktok-api-2026.md §3 (currency, time zone row: `advertiser_ids` as a
 * JSON array, `fields`) and §4 (Identities and Spark Ads: `identity_type`
 * filter, `identity_authorized_bc_id` for BC_AUTH_TT, `identity_list` rows);
 * [SDK] yml_files/advertiser_info.yml, python_sdk/docs/IdentityApi.md.
 */
import { demoAdvertiserInfo, demoIdentities } from '#shared/domain/demo/demo-identities'
import { IDENTITY_TYPES } from '#shared/domain/enums'
import { ADVERTISER_INFO_FIELDS } from '#shared/domain/identities'
import { advertiserOf, ApiFailure, missing, oneOf, pageSlice, paramError, stringArray, type Handler } from './handler-kit'
import { IDENTITY_VIDEO_ROUTES } from './identity-video-route'
import { directoryAdvertiser } from './oauth-directory'

const advertiserInfo: Handler = (ctx) => {
  // The SDK marks advertiser_ids required and types it a JSON array of strings.
  if (ctx.params.advertiser_ids === undefined) throw missing('advertiser_ids')
  const ids = stringArray(ctx.params, 'advertiser_ids')!
  if (ids.length === 0) throw missing('advertiser_ids')
  const fields = stringArray(ctx.params, 'fields') ?? [...ADVERTISER_INFO_FIELDS]
  const unknown = fields.find((f) => !(ADVERTISER_INFO_FIELDS as readonly string[]).includes(f))
  if (unknown) throw paramError('fields', `Unknown field ${JSON.stringify(unknown)}; expected some of ${ADVERTISER_INFO_FIELDS.join(', ')}.`)
  for (const id of ids)
    if (!ctx.advertiserIds.includes(id)) throw new ApiFailure(40001, 'No permission to operate this advertiser with the access token.')
  return {
    list: ids.flatMap((id) => {
      const found = demoAdvertiserInfo(id, ctx.customIdentityAllowed()) ?? directoryAdvertiser(id)
      if (!found) return []
      // bc_id is the sandbox's own bookkeeping, not an /advertiser/info/ field.
      const { bc_id: _bc, ...info }: Record<string, unknown> = { ...found }
      // TikTok answers the fields asked for; the id always comes back so rows can be matched.
      const row: Record<string, unknown> = { advertiser_id: info.advertiser_id }
      for (const f of fields) if (info[f] !== undefined) row[f] = info[f]
      return [row]
    }),
  }
}

/** Page size cap: not in the notes; 100 like TikTok's other creative-asset lists. */
const IDENTITY_MAX_PAGE_SIZE = 100

const identityGet: Handler = (ctx) => {
  const advertiserId = advertiserOf(ctx)
  const type = oneOf(ctx.params, 'identity_type', IDENTITY_TYPES)
  const bc = ctx.params.identity_authorized_bc_id
  // A BC_AUTH_TT identity is listed through the Business Center that shares it (notes §4).
  if (type === 'BC_AUTH_TT' && (bc === undefined || bc === '')) throw missing('identity_authorized_bc_id')
  const all = demoIdentities(advertiserId).filter(
    (i) => (!type || i.identity_type === type) && (type !== 'BC_AUTH_TT' || i.identity_authorized_bc_id === String(bc)),
  )
  const { list, page_info } = pageSlice(ctx.params, all, IDENTITY_MAX_PAGE_SIZE, 10)
  return { identity_list: list, page_info }
}

export const ACCOUNT_ROUTES: Record<string, { method: 'GET' | 'POST'; handler: Handler; write: boolean }> = {
  '/advertiser/info/': { method: 'GET', handler: advertiserInfo, write: false },
  '/identity/get/': { method: 'GET', handler: identityGet, write: false },
  // The posts of an identity, for Spark "pull" ads (identity-video-route.ts).
  ...IDENTITY_VIDEO_ROUTES,
}
