/**
 * campaign | adgroup | ad × create | update | status/update | get, on the sandbox state. Paths and
 * methods: notes tiktok-api.md §1 "Object model and CRUD endpoints" ([SDK] java_sdk/docs/*Api.md).
 */
import { checkAdGroupAudiences } from './adgroup-audience-rules'
import { checkAdGroup, checkCampaign, checkCreative } from './entity-rules'
import { checkCreativeIdentity, checkCreativeSparkPost } from './identity-rules'
import {
  advertiserOf,
  ApiFailure,
  isBlank,
  missing,
  oneOf,
  pageSlice,
  paramError,
  stringArray,
  type Handler,
  type HandlerContext,
} from './handler-kit'
import { idempotent } from './idempotency'
import { apiTime, CHILD_KIND, ID_FIELD, type Kind, type StoredObject } from './sandbox-state'
import { adGetRows, automationTypeMatches } from './smart-plus-ad-rows'
import { refuseSmartPlus, refuseSmartPlusCreative } from './smart-plus-guard'

/** secondary_status values (CAMPAIGN_STATUS_*, ADGROUP_STATUS_*, AD_STATUS_*: notes tiktok-api-2026.md §3 status filter). */
const STATUS_PREFIX: Record<Kind, string> = { campaign: 'CAMPAIGN_STATUS', adgroup: 'ADGROUP_STATUS', ad: 'AD_STATUS' }

export const secondaryStatus = (kind: Kind, status: 'ENABLE' | 'DISABLE' | 'DELETE') =>
  status === 'DELETE'
    ? `${STATUS_PREFIX[kind]}_DELETE`
    : status === 'DISABLE'
      ? `${STATUS_PREFIX[kind]}_DISABLE`
      : kind === 'campaign'
        ? 'CAMPAIGN_STATUS_ENABLE'
        : `${STATUS_PREFIX[kind]}_DELIVERY_OK`

const isDeleted = (kind: Kind, o: StoredObject) => o.secondary_status === `${STATUS_PREFIX[kind]}_DELETE`

/**
 * The object an id names: 40007 when it does not exist for this advertiser (notes tiktok-api.md §2 "Error codes").
 * A deleted one answers 40002: TikTok documents no code for it, so this is the param error with the reason.
 */
function owned(ctx: HandlerContext, kind: Kind, advertiserId: string, id: unknown, field: string = ID_FIELD[kind]): StoredObject {
  if (isBlank(id)) throw missing(field)
  const o = ctx.state.get(kind, String(id))
  if (!o && kind === 'ad') refuseSmartPlusCreative(ctx.state, advertiserId, String(id), field)
  if (!o || o.advertiser_id !== advertiserId) throw new ApiFailure(40007, `${field}: ${kind} ${String(id)} does not exist.`)
  if (isDeleted(kind, o)) throw paramError(field, `${kind} ${String(id)} has been deleted.`)
  // Every manual write (and create under a parent) finds its objects here, so Smart+ ones are refused here (smart-plus-guard.ts).
  refuseSmartPlus(kind, o, field)
  return o
}

function stamp(ctx: HandlerContext, kind: Kind, advertiserId: string, fields: Record<string, unknown>): StoredObject {
  const time = apiTime(ctx.now())
  const status = (fields.operation_status as 'ENABLE' | 'DISABLE' | undefined) ?? 'ENABLE'
  const { request_id: _key, ...rest } = fields
  return {
    ...rest,
    advertiser_id: advertiserId,
    [ID_FIELD[kind]]: ctx.state.nextId(kind),
    operation_status: status,
    secondary_status: secondaryStatus(kind, status),
    create_time: time,
    modify_time: time,
  }
}

const createCampaign: Handler = (ctx) => {
  const advertiserId = advertiserOf(ctx)
  return idempotent(ctx, 'campaign', advertiserId, ID_FIELD.campaign, () => {
    oneOf(ctx.params, 'operation_status', ['ENABLE', 'DISABLE'])
    checkCampaign(ctx.params)
    const c = stamp(ctx, 'campaign', advertiserId, ctx.params)
    ctx.state.put('campaign', c)
    return c
  })
}

const createAdGroup: Handler = (ctx) => {
  const advertiserId = advertiserOf(ctx)
  return idempotent(ctx, 'adgroup', advertiserId, ID_FIELD.adgroup, () => {
    const campaign = owned(ctx, 'campaign', advertiserId, ctx.params.campaign_id)
    oneOf(ctx.params, 'operation_status', ['ENABLE', 'DISABLE'])
    checkAdGroup(ctx.params, campaign)
    checkAdGroupAudiences(ctx.params, ctx.state, advertiserId)
    const g = stamp(ctx, 'adgroup', advertiserId, { placement_type: 'PLACEMENT_TYPE_NORMAL', ...ctx.params })
    ctx.state.put('adgroup', g)
    return g
  })
}

/**
 * No idempotency key on ad/create (notes tiktok-api.md §2 "Idempotency"): each call makes new ads. At most 20
 * creatives per call (notes tiktok-api.md §1, [BUB] model/ad/create.go); each may carry operation_status, so an ad
 * can be created paused (notes tiktok-api-2026.md §3, [SDK] adcreate_creatives.py).
 */
const createAds: Handler = (ctx) => {
  const advertiserId = advertiserOf(ctx)
  const adgroup = owned(ctx, 'adgroup', advertiserId, ctx.params.adgroup_id)
  const creatives = ctx.params.creatives
  if (!Array.isArray(creatives) || creatives.length === 0) throw missing('creatives')
  if (creatives.length > 20) throw paramError('creatives', 'At most 20 creatives per request.')
  creatives.forEach(checkCreative)
  // Each creative carries its own operation_status, so an ad can be born paused ([SDK] adcreate_creatives.py; notes tiktok-api-2026.md §3).
  creatives.forEach((c, i) => {
    const status = (c as Record<string, unknown>).operation_status
    if (status !== undefined && status !== 'ENABLE' && status !== 'DISABLE')
      throw paramError(`creatives[${i}].operation_status`, `Invalid value ${JSON.stringify(status)}; expected ENABLE or DISABLE.`)
  })
  creatives.forEach((c, i) => checkCreativeIdentity(c, i, adgroup, ctx.customIdentityAllowed()))
  creatives.forEach((c, i) => checkCreativeSparkPost(c, i, advertiserId))
  const ads = creatives.map((c) =>
    stamp(ctx, 'ad', advertiserId, { ...(c as Record<string, unknown>), adgroup_id: adgroup.adgroup_id, campaign_id: adgroup.campaign_id }),
  )
  for (const ad of ads) ctx.state.put('ad', ad)
  return { ad_ids: ads.map((a) => a.ad_id), creatives: ads }
}

/** campaign/update changes only these ([SDK] campaign_update_body.py; notes tiktok-api.md §1). */
const CAMPAIGN_UPDATABLE = ['campaign_name', 'budget', 'po_number', 'special_industries']

const updateCampaign: Handler = (ctx) => {
  const advertiserId = advertiserOf(ctx)
  const current = owned(ctx, 'campaign', advertiserId, ctx.params.campaign_id)
  const patch = Object.fromEntries(CAMPAIGN_UPDATABLE.filter((f) => ctx.params[f] !== undefined).map((f) => [f, ctx.params[f]]))
  const next = { ...current, ...patch, modify_time: apiTime(ctx.now()) }
  checkCampaign(next)
  ctx.state.put('campaign', next)
  return next
}

/**
 * adgroup/update: the fields of [SDK] adgroup_update_body.py (endpoint-params.ts refuses the others); the parent and
 * placement_type never change (notes tiktok-api.md §1 "Ad group create", placement_type), which also holds in the
 * `unknownFields: 'ignore'` mode.
 */
const updateAdGroup: Handler = (ctx) => {
  const advertiserId = advertiserOf(ctx)
  const current = owned(ctx, 'adgroup', advertiserId, ctx.params.adgroup_id)
  const { advertiser_id: _a, adgroup_id: _g, operation_status: _s, ...patch } = ctx.params
  if (patch.campaign_id !== undefined && patch.campaign_id !== current.campaign_id)
    throw paramError('campaign_id', 'An ad group cannot move to another campaign.')
  if (patch.placement_type !== undefined && patch.placement_type !== current.placement_type) {
    throw paramError('placement_type', 'Cannot be changed after the ad group is created.')
  }
  const next = { ...current, ...patch, modify_time: apiTime(ctx.now()) }
  checkAdGroup(next, owned(ctx, 'campaign', advertiserId, current.campaign_id))
  // Only what this update names: an audience deleted since the ad group was made does not block other changes.
  checkAdGroupAudiences(patch, ctx.state, advertiserId)
  ctx.state.put('adgroup', next)
  return next
}

/** What an ad keeps through a full replacement: ids, status and times are TikTok's, not the creative's. */
const AD_SERVER_FIELDS = ['advertiser_id', 'campaign_id', 'adgroup_id', 'ad_id', 'operation_status', 'secondary_status', 'create_time']

/**
 * ad/update: with `patch_update: true` only the fields sent change; without it
 * each creative replaces the ad's creative wholesale, so a partial one loses
 * (and then misses) its other fields ([SDK] `ad_update_body.py`; [BUB]
 * `model/ad/update.go`; notes: tiktok-api-2026.md §3).
 */
const updateAds: Handler = (ctx) => {
  const advertiserId = advertiserOf(ctx)
  owned(ctx, 'adgroup', advertiserId, ctx.params.adgroup_id)
  const creatives = ctx.params.creatives
  if (!Array.isArray(creatives) || creatives.length === 0) throw missing('creatives')
  const patchUpdate = ctx.params.patch_update === true || ctx.params.patch_update === 'true'
  const time = apiTime(ctx.now())
  const updated = creatives.map((c, i) => {
    const patch = (typeof c === 'object' && c !== null ? c : {}) as Record<string, unknown>
    const current = owned(ctx, 'ad', advertiserId, patch.ad_id, `creatives[${i}].ad_id`)
    if (current.adgroup_id !== ctx.params.adgroup_id) throw paramError(`creatives[${i}].ad_id`, 'The ad belongs to another ad group.')
    const { operation_status: _s, ...rest } = patch
    const base = patchUpdate ? current : Object.fromEntries(AD_SERVER_FIELDS.filter((f) => f in current).map((f) => [f, current[f]]))
    const next = { ...base, ...rest, modify_time: time } as StoredObject
    checkCreative(next, i)
    checkCreativeSparkPost(next, i, advertiserId)
    return next
  })
  for (const ad of updated) ctx.state.put('ad', ad)
  return { ad_ids: updated.map((a) => a.ad_id) }
}

/**
 * Status updates: 1–20 ids (40011 beyond), operation_status ENABLE | DISABLE | DELETE (notes tiktok-api.md §1
 * "status update", [BUB]; §2 "Error codes"). Deleting a parent deletes its children, as in TikTok Ads Manager (an
 * inference: the API docs do not say).
 */
const MAX_STATUS_IDS = 20

const updateStatus =
  (kind: Kind): Handler =>
  (ctx) => {
    const advertiserId = advertiserOf(ctx)
    const field = `${ID_FIELD[kind]}s`
    const ids = stringArray(ctx.params, field) ?? []
    if (ids.length === 0) throw missing(field)
    if (ids.length > MAX_STATUS_IDS) throw new ApiFailure(40011, `${field}: At most ${MAX_STATUS_IDS} ids per request.`)
    if (isBlank(ctx.params.operation_status)) throw missing('operation_status')
    const status = oneOf(ctx.params, 'operation_status', ['ENABLE', 'DISABLE', 'DELETE'] as const)!
    const targets = ids.map((id) => owned(ctx, kind, advertiserId, id, field))
    const time = apiTime(ctx.now())
    const apply = (k: Kind, o: StoredObject) => {
      const next: StoredObject = { ...o, secondary_status: secondaryStatus(k, status), modify_time: time }
      if (status !== 'DELETE') next.operation_status = status
      ctx.state.put(k, next)
      // Deleting a parent deletes its children, as in TikTok Ads Manager.
      if (status === 'DELETE')
        for (const child of [CHILD_KIND[k]].filter((c) => c !== null))
          for (const c of ctx.state.list(child, advertiserId)) if (c[ID_FIELD[k]] === o[ID_FIELD[k]] && !isDeleted(child, c)) apply(child, c)
    }
    for (const o of targets) apply(kind, o)
    return { [field]: ids, status }
  }

/**
 * TikTok's two status filters on the get endpoints ([SDK] `smart_plus_campaign_get.yml`
 * enums; [DOC 1739315828649986]; notes tiktok-api-2026.md §3):
 * - `primary_status` picks the set: STATUS_NOT_DELETE (the default), STATUS_ALL
 *   (deleted ones too), STATUS_DELETE, STATUS_DELIVERY_OK, STATUS_DISABLE,
 *   STATUS_NOT_DELIVERY. Deleted objects come back only with STATUS_ALL or STATUS_DELETE.
 * - `secondary_status` narrows that set to one detailed status; its "all" values
 *   are the kind's own (`CAMPAIGN_STATUS_ALL`, `ADGROUP_STATUS_ALL`, …). STATUS_ALL
 *   is not in its enum, and the enum is strict, so TikTok refuses it.
 */
export const PRIMARY_STATUSES = [
  'STATUS_ALL',
  'STATUS_NOT_DELETE',
  'STATUS_DELETE',
  'STATUS_DELIVERY_OK',
  'STATUS_DISABLE',
  'STATUS_NOT_DELIVERY',
] as const

export function primaryMatches(kind: Kind, o: StoredObject, primary: (typeof PRIMARY_STATUSES)[number]): boolean {
  const deleted = isDeleted(kind, o)
  const delivering = !deleted && (o.secondary_status === secondaryStatus(kind, 'ENABLE') || String(o.secondary_status).endsWith('_DELIVERY_OK'))
  switch (primary) {
    case 'STATUS_ALL':
      return true
    case 'STATUS_NOT_DELETE':
      return !deleted
    case 'STATUS_DELETE':
      return deleted
    case 'STATUS_DELIVERY_OK':
      return delivering
    case 'STATUS_DISABLE':
      return !deleted && o.operation_status === 'DISABLE'
    case 'STATUS_NOT_DELIVERY':
      return !deleted && !delivering
  }
}

/** The filters checked here: id lists, the parent's ids, primary_status and secondary_status ([SDK] filtering_*_get.py). */
function matches(kind: Kind, o: StoredObject, filtering: Record<string, unknown>): boolean {
  for (const k of ['campaign_ids', 'adgroup_ids', 'ad_ids'] as const) {
    const want = filtering[k]
    if (Array.isArray(want) && !want.map(String).includes(String(o[k.slice(0, -1)]))) return false
  }
  // `campaign_name` ([SDK] filtering_campaign_get.py) says nothing of how it matches; the sandbox plays the looser
  // reading, a part of the name, so a client that wants an exact name must still compare it itself.
  if (kind === 'campaign' && typeof filtering.campaign_name === 'string' && !String(o.campaign_name).includes(filtering.campaign_name)) return false
  const primary = oneOf(filtering, 'primary_status', PRIMARY_STATUSES) ?? 'STATUS_NOT_DELETE'
  if (!primaryMatches(kind, o, primary) || !automationTypeMatches(o, filtering)) return false
  const secondary = filtering.secondary_status
  if (secondary === undefined || secondary === `${STATUS_PREFIX[kind]}_ALL`) return true
  if (secondary === `${STATUS_PREFIX[kind]}_NOT_DELETE`) return !isDeleted(kind, o)
  return o.secondary_status === secondary
}

/** The gets: `filtering` an object, `fields` a subset, pages of 1–1000 (notes tiktok-api.md §2 "GET parameters", "Pagination"). */
const getObjects =
  (kind: Kind): Handler =>
  (ctx) => {
    const advertiserId = advertiserOf(ctx)
    const filtering = ctx.params.filtering ?? {}
    if (typeof filtering !== 'object' || Array.isArray(filtering) || filtering === null) throw paramError('filtering', 'Must be a JSON object.')
    const fields = stringArray(ctx.params, 'fields')
    // Checked once up front, so a bad value is refused even when nothing would match.
    oneOf(filtering as Record<string, unknown>, 'primary_status', PRIMARY_STATUSES)
    if ((filtering as Record<string, unknown>).secondary_status === 'STATUS_ALL')
      throw paramError('secondary_status', 'Invalid value "STATUS_ALL"; it is a primary_status value.')
    const all = (kind === 'ad' ? adGetRows(ctx.state, advertiserId, filtering as Record<string, unknown>) : ctx.state.list(kind, advertiserId))
      .filter((o) => matches(kind, o, filtering as Record<string, unknown>))
      .sort((a, b) => String(a[ID_FIELD[kind]]).localeCompare(String(b[ID_FIELD[kind]])))
    const page = pageSlice(ctx.params, all)
    if (!fields) return page
    const keep = new Set([...fields, ID_FIELD[kind]])
    return { ...page, list: page.list.map((o) => Object.fromEntries(Object.entries(o).filter(([k]) => keep.has(k)))) }
  }

/** Spelled out rather than taken from the entity registry: the sandbox checks the client's paths instead of sharing them. */
export const ENTITY_ROUTES: Record<string, { method: 'GET' | 'POST'; handler: Handler; write: boolean }> = {
  '/campaign/create/': { method: 'POST', handler: createCampaign, write: true },
  '/campaign/update/': { method: 'POST', handler: updateCampaign, write: true },
  '/campaign/status/update/': { method: 'POST', handler: updateStatus('campaign'), write: true },
  '/campaign/get/': { method: 'GET', handler: getObjects('campaign'), write: false },
  '/adgroup/create/': { method: 'POST', handler: createAdGroup, write: true },
  '/adgroup/update/': { method: 'POST', handler: updateAdGroup, write: true },
  '/adgroup/status/update/': { method: 'POST', handler: updateStatus('adgroup'), write: true },
  '/adgroup/get/': { method: 'GET', handler: getObjects('adgroup'), write: false },
  '/ad/create/': { method: 'POST', handler: createAds, write: true },
  '/ad/update/': { method: 'POST', handler: updateAds, write: true },
  '/ad/status/update/': { method: 'POST', handler: updateStatus('ad'), write: true },
  '/ad/get/': { method: 'GET', handler: getObjects('ad'), write: false },
}
