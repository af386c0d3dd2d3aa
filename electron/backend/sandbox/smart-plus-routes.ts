/**
 * `/smart_plus/campaign|adgroup|ad/create|update/` on the sandbox state, written
 * from [SDK] yml_files/smart_plus_*.yml and the Smart+ docs (notes
 * tiktok-api-2026.md §2). Campaign and ad group create require `request_id`, a
 * repeat of which succeeds only once; ad create takes none, so each call makes
 * a new ad, and gives each creative its own `ad_material_id`.
 */
import { isUpdatable } from '#shared/domain/smart-plus/locked-fields'
import { sameValue } from '#shared/domain/entity-equality'
import { secondaryStatus } from './entity-routes'
import { idempotent } from './idempotency'
import { advertiserOf, ApiFailure, isBlank, missing, paramError, type Handler, type HandlerContext } from './handler-kit'
import { apiTime, type Kind, type StoredObject } from './sandbox-state'
import { checkSmartPlusAdBody, checkSmartPlusAdGroup, checkSmartPlusCampaign, checkStart } from './smart-plus-rules'
import { isUpgraded, nextSmartPlusId, smartPlusAds, smartPlusData, UPGRADED } from './smart-plus-store'
import { SMART_PLUS_LIMITS } from '#shared/domain/smart-plus/limits'

type Body = Record<string, unknown>
const ID_FIELD = { campaign: 'campaign_id', adgroup: 'adgroup_id' } as const

/** A live (not deleted) Smart+ campaign or ad group of this advertiser, or 40007. */
export function ownedSmartPlus(
  ctx: HandlerContext,
  kind: 'campaign' | 'adgroup',
  advertiserId: string,
  id: unknown,
  field: string = ID_FIELD[kind],
): StoredObject {
  if (isBlank(id)) throw missing(field)
  const o = ctx.state.get(kind, String(id))
  if (!o || o.advertiser_id !== advertiserId || !isUpgraded(o)) throw new ApiFailure(40007, `${field}: Smart+ ${kind} ${String(id)} does not exist.`)
  if (isDeletedObject(o)) throw paramError(field, `${kind} ${String(id)} has been deleted.`)
  return o
}

export function ownedSmartPlusAd(ctx: HandlerContext, advertiserId: string, id: unknown, field = 'smart_plus_ad_id'): StoredObject {
  if (isBlank(id)) throw missing(field)
  const ad = smartPlusData(ctx.state).ads[String(id)]
  if (!ad || ad.advertiser_id !== advertiserId) throw new ApiFailure(40007, `${field}: Smart+ ad ${String(id)} does not exist.`)
  if (isDeletedObject(ad)) throw paramError(field, `Smart+ ad ${String(id)} has been deleted.`)
  return ad
}

export const isDeletedObject = (o: StoredObject) => String(o.secondary_status).endsWith('_DELETE')

/** `request_id`: required, and a repeat "succeeds only once" ([DOC 1843312852800706]); idempotency.ts answers the repeat. */
function once(ctx: HandlerContext, kind: 'campaign' | 'adgroup', advertiserId: string, create: () => StoredObject): StoredObject {
  if (isBlank(ctx.params.request_id)) throw missing('request_id')
  return idempotent(ctx, kind, advertiserId, ID_FIELD[kind], create, `smart_plus_${kind}`)
}

function stamp(ctx: HandlerContext, kind: Kind, advertiserId: string, id: string, idField: string, fields: Body): StoredObject {
  const time = apiTime(ctx.now())
  const status = fields.operation_status === 'DISABLE' ? 'DISABLE' : 'ENABLE'
  const { request_id: _key, advertiser_id: _a, ...rest } = fields
  return {
    ...rest,
    advertiser_id: advertiserId,
    [idField]: id,
    operation_status: status,
    secondary_status: secondaryStatus(kind, status),
    create_time: time,
    modify_time: time,
  }
}

const liveChildren = (ctx: HandlerContext, advertiserId: string, campaignId: unknown) =>
  ctx.state.list('adgroup', advertiserId).filter((g) => g.campaign_id === campaignId && isUpgraded(g) && !isDeletedObject(g))

const createCampaign: Handler = (ctx) => {
  const advertiserId = advertiserOf(ctx)
  return once(ctx, 'campaign', advertiserId, () => {
    const defaults = checkSmartPlusCampaign(ctx.params)
    const c = stamp(ctx, 'campaign', advertiserId, ctx.state.nextId('campaign'), 'campaign_id', {
      ...ctx.params,
      ...defaults,
      campaign_automation_type: UPGRADED,
      // One ad group or several; the sandbox starts every campaign as MULTIPLE (the docs do not say how TikTok picks).
      smart_plus_adgroup_mode: 'MULTIPLE',
    })
    ctx.state.put('campaign', c)
    return c
  })
}

const createAdGroup: Handler = (ctx) => {
  const advertiserId = advertiserOf(ctx)
  return once(ctx, 'adgroup', advertiserId, () => {
    const campaign = ownedSmartPlus(ctx, 'campaign', advertiserId, ctx.params.campaign_id)
    checkSmartPlusAdGroup(ctx.params, campaign, liveChildren(ctx, advertiserId, campaign.campaign_id), ctx.now())
    const g = stamp(ctx, 'adgroup', advertiserId, ctx.state.nextId('adgroup'), 'adgroup_id', {
      targeting_optimization_mode: 'AUTOMATIC',
      ...ctx.params,
      campaign_automation_type: UPGRADED,
    })
    ctx.state.put('adgroup', g)
    return g
  })
}

/** Each creative gets an `ad_material_id`; an update keeps the id of a creative it sends unchanged (an assumption: the docs do not say). */
function withMaterialIds(ctx: HandlerContext, creatives: Body[], previous: Body[] = []): Body[] {
  return creatives.map((c) => {
    const same = previous.find((p) => sameValue(p.creative_info, c.creative_info))
    return { creative_info: c.creative_info, ad_material_id: same?.ad_material_id ?? nextSmartPlusId(ctx.state, 'material') }
  })
}

/** No `request_id` on ad create (notes §2): a repeat makes a second ad. */
const createAd: Handler = (ctx) => {
  const advertiserId = advertiserOf(ctx)
  const adgroup = ownedSmartPlus(ctx, 'adgroup', advertiserId, ctx.params.adgroup_id)
  checkSmartPlusAdBody(ctx.params, adgroup)
  const siblings = smartPlusAds(ctx.state, advertiserId).filter((a) => a.adgroup_id === adgroup.adgroup_id && !isDeletedObject(a))
  if (siblings.length >= SMART_PLUS_LIMITS.adsPerAdGroup)
    throw paramError('adgroup_id', `A Smart+ ad group takes at most ${SMART_PLUS_LIMITS.adsPerAdGroup} ads.`)
  const { request_id: _ignored, ...body } = ctx.params
  const ad = stamp(ctx, 'ad', advertiserId, nextSmartPlusId(ctx.state, 'ad'), 'smart_plus_ad_id', {
    ad_name: '',
    ad_text_list: [],
    call_to_action_list: [],
    landing_page_url_list: [],
    ...body,
    creative_list: withMaterialIds(ctx, ctx.params.creative_list as Body[]),
    adgroup_id: adgroup.adgroup_id,
    campaign_id: adgroup.campaign_id,
  })
  smartPlusData(ctx.state).ads[String(ad.smart_plus_ad_id)] = ad
  return ad
}

/** Fields of the body other than the object's ids that the update endpoint does not take, and that differ: refused, not silently kept. */
function refuseLocked(kind: 'campaign' | 'adgroup' | 'ad', current: StoredObject, patch: Body) {
  for (const [f, v] of Object.entries(patch))
    if (!isUpdatable(kind, f) && !sameValue(current[f], v)) throw paramError(f, 'Cannot be changed after creation.')
}

const updatePatch = (params: Body, ids: readonly string[]) =>
  Object.fromEntries(Object.entries(params).filter(([k]) => !['advertiser_id', ...ids].includes(k)))

/** Takes only campaign_name, budget and po_number ([SDK] smart_plus_campaign_update.yml). */
const updateCampaign: Handler = (ctx) => {
  const advertiserId = advertiserOf(ctx)
  const current = ownedSmartPlus(ctx, 'campaign', advertiserId, ctx.params.campaign_id)
  const patch = updatePatch(ctx.params, ['campaign_id'])
  refuseLocked('campaign', current, patch)
  const next: StoredObject = { ...current, ...patch, modify_time: apiTime(ctx.now()) }
  if (next.budget_mode !== 'BUDGET_MODE_INFINITE' && !(Number(next.budget) > 0))
    throw paramError('budget', `Required with ${String(next.budget_mode)}.`)
  ctx.state.put('campaign', next)
  return next
}

/**
 * Name, budget, bids, dayparting, pacing, schedule, targeting mode and spec
 * ([SDK] smart_plus_adgroup_update.yml). CBO consistency is checked at create
 * only: the docs do not say whether a bid change on one ad group of a CBO campaign is refused.
 */
const updateAdGroup: Handler = (ctx) => {
  const advertiserId = advertiserOf(ctx)
  const current = ownedSmartPlus(ctx, 'adgroup', advertiserId, ctx.params.adgroup_id)
  const patch = updatePatch(ctx.params, ['adgroup_id'])
  refuseLocked('adgroup', current, patch)
  // A running ad group started long ago; only a new start time must lie at most 12 hours back.
  if (patch.schedule_start_time !== undefined && patch.schedule_start_time !== current.schedule_start_time) checkStart(patch, ctx.now())
  const next: StoredObject = { ...current, ...patch, modify_time: apiTime(ctx.now()) }
  ctx.state.put('adgroup', next)
  return next
}

/** The lists replace the ad's ([SDK] smart_plus_ad_update.yml); the ad cannot move to another ad group. */
const updateAd: Handler = (ctx) => {
  const advertiserId = advertiserOf(ctx)
  const current = ownedSmartPlusAd(ctx, advertiserId, ctx.params.smart_plus_ad_id)
  const patch = updatePatch(ctx.params, ['smart_plus_ad_id'])
  refuseLocked('ad', current, patch)
  const adgroup = ownedSmartPlus(ctx, 'adgroup', advertiserId, current.adgroup_id)
  const next: StoredObject = { ...current, ...patch, modify_time: apiTime(ctx.now()) }
  checkSmartPlusAdBody(next, adgroup)
  if (patch.creative_list !== undefined) next.creative_list = withMaterialIds(ctx, patch.creative_list as Body[], current.creative_list as Body[])
  smartPlusData(ctx.state).ads[String(current.smart_plus_ad_id)] = next
  return next
}

export const SMART_PLUS_WRITE_HANDLERS = { createCampaign, createAdGroup, createAd, updateCampaign, updateAdGroup, updateAd }
