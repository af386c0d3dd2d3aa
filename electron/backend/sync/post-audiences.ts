/**
 * Audiences are posted before the ad groups that use them: a drafted customer file (its hashed file
 * uploaded with its MD5, then created) or lookalike (once its seed has TikTok's id) gets TikTok's id,
 * the audience list keeps it under that id, and the ad groups' `audience_ids` / `excluded_audience_ids`
 * are re-pointed in one store edit, so what is then posted names TikTok's ids.
 * Rule-based drafts (website, app, engagement) are not posted yet: the ad groups using them are held.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { isLocalId, type AdGroup } from '#shared/domain/entities'
import type { Audience } from '#shared/audiences/schemas'
import type { AudienceCatalogueFile } from '../accounts/audience-catalogue'
import type { AccountStore } from '../accounts/store/account-store'
import type { TikTokClient } from '../tiktok-api/client'
import type { PlanItem } from './sync-plan'

const FIELDS = ['audience_ids', 'excluded_audience_ids'] as const
const idsOf = (g: AdGroup) => FIELDS.flatMap((f) => g[f] ?? [])

export interface AudiencePostDeps {
  store: AccountStore
  client: TikTokClient
  advertiserId: string
  catalogue: AudienceCatalogueFile
}

/** Posts the local audiences the ad groups about to be sent use; answers why each one that could not be posted was not. */
export async function postAudiences(deps: AudiencePostDeps, items: readonly PlanItem[]) {
  const { store, client, advertiserId, catalogue } = deps
  const groups = items.filter((i) => i.kind === 'adgroup' && (i.action === 'create' || i.action === 'update') && !i.blockedBy)
  const wanted = new Set(groups.flatMap((i) => idsOf(store.workingEntity('adgroup', i.id) as AdGroup)).filter(isLocalId))
  const failed = new Map<string, string>()
  if (!wanted.size) return { failed, delta: null }
  const byId = catalogue.byId()
  const posted = new Map<string, string>()

  async function post(a: Audience): Promise<string> {
    if (a.audience_type === 'CUSTOMER_FILE') {
      const path = catalogue.hashedFileOf(a.audience_id)
      const signature = createHash('md5').update(readFileSync(path)).digest('hex')
      const { file_path } = await client.uploadCustomerFile(advertiserId, { path, signature, calculate_type: a.calculate_type })
      const { custom_audience_id } = await client.createCustomerFileAudience(advertiserId, {
        custom_audience_name: a.custom_audience_name,
        calculate_type: a.calculate_type,
        file_paths: [file_path],
        ...(a.retention_in_days ? { retention_in_days: a.retention_in_days } : {}),
      })
      catalogue.replace(a.audience_id, { ...a, audience_id: custom_audience_id, file_paths: [file_path] })
      return custom_audience_id
    }
    if (a.audience_type === 'LOOKALIKE') {
      const seed = a.lookalike_spec.source_audience_id
      const seedId = posted.get(seed) ?? seed
      if (isLocalId(seedId)) throw new Error(`its source audience ${seed} is not on TikTok yet`)
      const lookalike_spec = { ...a.lookalike_spec, source_audience_id: seedId }
      const { custom_audience_id } = await client.createLookalikeAudience(advertiserId, {
        custom_audience_name: a.custom_audience_name,
        lookalike_spec,
      })
      catalogue.replace(a.audience_id, { ...a, audience_id: custom_audience_id, lookalike_spec })
      return custom_audience_id
    }
    throw new Error('Adwright cannot post rule-based audiences (website, app, engagement) yet: create it in TikTok Ads Manager and download')
  }

  // Seeds before the lookalikes built on them.
  const order = [...wanted].sort((x, y) => Number(byId.get(x)?.audience_type === 'LOOKALIKE') - Number(byId.get(y)?.audience_type === 'LOOKALIKE'))
  for (const id of order) {
    const a = byId.get(id)
    if (!a) {
      failed.set(id, `Audience ${id} is not in this advertiser’s audience list`)
      continue
    }
    try {
      posted.set(id, await post(a))
    } catch (error) {
      failed.set(id, `Audience “${a.custom_audience_name}” could not be posted: ${(error as Error).message}`)
    }
  }
  if (!posted.size) return { failed, delta: null }
  const patches = [...store.workingEntities('adgroup')]
    .map((e) => e as AdGroup)
    .filter((g) => idsOf(g).some((id) => posted.has(id)))
    .map((g) => ({
      kind: 'adgroup' as const,
      id: g.adgroup_id,
      fields: Object.fromEntries(FIELDS.filter((f) => g[f]?.length).map((f) => [f, g[f]!.map((id) => posted.get(id) ?? id)])),
    }))
  const delta = store.apply({
    type: 'update',
    patches,
    label: `Posted ${posted.size === 1 ? '1 audience' : `${posted.size} audiences`}: ad groups use TikTok’s ids`,
  })
  return { failed, delta }
}

/** The local audiences an ad group uses that could not be posted, as the reason it is held back; null if none. */
export function heldByAudience(store: AccountStore, item: PlanItem, failed: ReadonlyMap<string, string>): string | null {
  if (item.kind !== 'adgroup' || !failed.size) return null
  const g = store.workingEntity('adgroup', item.id) as AdGroup | undefined
  const reasons = g ? idsOf(g).flatMap((id) => (failed.has(id) ? [failed.get(id)!] : [])) : []
  return reasons.length ? `Not sent: ${reasons.join('; ')}.` : null
}
