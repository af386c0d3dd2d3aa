/**
 * `/smart_plus/…/status/update/` and `/smart_plus/…/get/` ([SDK]
 * smart_plus_*_status_update.yml, smart_plus_*_get.yml; notes tiktok-api-2026.md §2).
 * A status update answers code 0 even when some ids fail: the failures are listed in
 * `data.error_list` ([DOC 1843312888885314]). The entries' shape is not in the
 * notes; each names the id and a message.
 */
import { SMART_PLUS_LIMITS } from '#shared/domain/smart-plus/limits'
import { PRIMARY_STATUSES, primaryMatches, secondaryStatus } from './entity-routes'
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
import { apiTime, type StoredObject } from './sandbox-state'
import { isDeletedObject, ownedSmartPlus, ownedSmartPlusAd } from './smart-plus-routes'
import { isUpgraded, smartPlusAds, smartPlusData } from './smart-plus-store'

type SpKind = 'campaign' | 'adgroup' | 'ad'
const IDS_FIELD: Record<SpKind, string> = { campaign: 'campaign_ids', adgroup: 'adgroup_ids', ad: 'smart_plus_ad_ids' }
const ID_FIELD: Record<SpKind, string> = { campaign: 'campaign_id', adgroup: 'adgroup_id', ad: 'smart_plus_ad_id' }
type Status = 'ENABLE' | 'DISABLE' | 'DELETE'

function put(ctx: HandlerContext, kind: SpKind, o: StoredObject) {
  if (kind === 'ad') smartPlusData(ctx.state).ads[String(o.smart_plus_ad_id)] = o
  else ctx.state.put(kind, o)
}

function children(ctx: HandlerContext, kind: SpKind, o: StoredObject, advertiserId: string): Array<[SpKind, StoredObject]> {
  if (kind === 'campaign')
    return ctx.state
      .list('adgroup', advertiserId)
      .filter((g) => isUpgraded(g) && g.campaign_id === o.campaign_id)
      .map((g) => ['adgroup', g])
  if (kind === 'adgroup')
    return smartPlusAds(ctx.state, advertiserId)
      .filter((a) => a.adgroup_id === o.adgroup_id)
      .map((a) => ['ad', a])
  return []
}

function apply(ctx: HandlerContext, kind: SpKind, o: StoredObject, status: Status, advertiserId: string) {
  // Smart+ ads take the ad kind's status names, as their creative rows do on /ad/get/.
  const next: StoredObject = { ...o, secondary_status: secondaryStatus(kind, status), modify_time: apiTime(ctx.now()) }
  if (status !== 'DELETE') next.operation_status = status
  put(ctx, kind, next)
  // Deleting a parent deletes its children, as for manual objects.
  if (status === 'DELETE') for (const [k, c] of children(ctx, kind, o, advertiserId)) if (!isDeletedObject(c)) apply(ctx, k, c, status, advertiserId)
}

const updateStatus =
  (kind: SpKind): Handler =>
  (ctx) => {
    const advertiserId = advertiserOf(ctx)
    const field = IDS_FIELD[kind]
    const ids = stringArray(ctx.params, field) ?? []
    if (ids.length === 0) throw missing(field)
    if (ids.length > SMART_PLUS_LIMITS.statusIds) throw new ApiFailure(40011, `${field}: At most ${SMART_PLUS_LIMITS.statusIds} ids per request.`)
    if (isBlank(ctx.params.operation_status)) throw missing('operation_status')
    const status = oneOf(ctx.params, 'operation_status', ['ENABLE', 'DISABLE', 'DELETE'] as const)!
    const done: string[] = []
    const error_list: Array<Record<string, unknown>> = []
    for (const id of ids) {
      try {
        const o = kind === 'ad' ? ownedSmartPlusAd(ctx, advertiserId, id) : ownedSmartPlus(ctx, kind, advertiserId, id)
        apply(ctx, kind, o, status, advertiserId)
        done.push(id)
      } catch (error) {
        if (!(error instanceof ApiFailure)) throw error
        error_list.push({ [ID_FIELD[kind]]: id, code: error.code, message: error.message })
      }
    }
    return { [field]: done, status, error_list }
  }

/** The filters kept here: the id lists of each level and `primary_status`, read as on the manual gets. */
const getObjects =
  (kind: SpKind): Handler =>
  (ctx) => {
    const advertiserId = advertiserOf(ctx)
    const filtering = (ctx.params.filtering ?? {}) as Record<string, unknown>
    if (typeof filtering !== 'object' || Array.isArray(filtering)) throw paramError('filtering', 'Must be a JSON object.')
    const primary = oneOf(filtering, 'primary_status', PRIMARY_STATUSES) ?? 'STATUS_NOT_DELETE'
    const wanted = Object.fromEntries(
      (['campaign_ids', 'adgroup_ids', 'smart_plus_ad_ids'] as const).map((f) => [f.slice(0, -1), stringArray(filtering, f)]),
    ) as Record<string, string[] | undefined>
    const source = kind === 'ad' ? smartPlusAds(ctx.state, advertiserId) : ctx.state.list(kind, advertiserId).filter(isUpgraded)
    const rows = source
      .filter((o) => Object.entries(wanted).every(([f, ids]) => !ids || ids.includes(String(o[f]))))
      .filter((o) => primaryMatches(kind, o, primary))
      .sort((a, b) => String(a[ID_FIELD[kind]]).localeCompare(String(b[ID_FIELD[kind]])))
    return pageSlice(ctx.params, rows)
  }

export const SMART_PLUS_STATUS_GET_HANDLERS = {
  campaignStatus: updateStatus('campaign'),
  adgroupStatus: updateStatus('adgroup'),
  adStatus: updateStatus('ad'),
  campaignGet: getObjects('campaign'),
  adgroupGet: getObjects('adgroup'),
  adGet: getObjects('ad'),
}
