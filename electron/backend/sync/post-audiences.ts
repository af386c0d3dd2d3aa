/**
 * Audiences are posted before the ad groups that use them: a drafted customer file (its hashed file
 * uploaded with its MD5, then created), rule-based audience (website traffic, app activity, engagement:
 * `/dmp/custom_audience/rule/create/`) or lookalike (once its seed has TikTok's id) gets TikTok's id,
 * the audience list keeps it under that id, and the ad groups' `audience_ids` / `excluded_audience_ids`
 * are re-pointed in one store edit, so what is then posted names TikTok's ids.
 *
 * The creates carry no idempotency key ([SDK] dmp_custom_audience_create.yml, _rule_create.yml,
 * _lookalike_create.yml), so each is marked sent in the audience list's post record before it leaves;
 * when the answer is lost (now or in an earlier post), TikTok's list is read back and an audience of
 * the same name made since is adopted instead of creating a second one (audience-read-back.ts).
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { isLocalId, type AdGroup } from '#shared/domain/entities'
import type { SmartPlusAdGroup } from '#shared/domain/smart-plus/index'
import { patchOf } from '#shared/domain/account'
import { RULE_AUDIENCE_TYPE } from '#shared/audiences/kinds'
import type { Audience } from '#shared/audiences/schemas'
import type { AudienceCatalogueFile } from '../accounts/audience-catalogue'
import type { AccountStore } from '../accounts/store/account-store'
import type { TikTokClient } from '../tiktok-api/client'
import { AmbiguousRequestError } from '../tiktok-api/errors'
import { createAudienceReadBack } from './audience-read-back'
import type { PlanItem } from './sync-plan'

const FIELDS = ['audience_ids', 'excluded_audience_ids'] as const
/** Manual ad groups name audiences at the top; Smart+ ones inside `targeting_spec` (notes tiktok-api-2026.md §2). */
type GroupKind = 'adgroup' | 'smart_plus_adgroup'
const GROUP_KINDS: readonly GroupKind[] = ['adgroup', 'smart_plus_adgroup']
const isGroupKind = (kind: string): kind is GroupKind => (GROUP_KINDS as readonly string[]).includes(kind)
const holderOf = (kind: GroupKind, g: unknown) =>
  (kind === 'adgroup' ? (g as AdGroup) : (g as SmartPlusAdGroup).targeting_spec) as Partial<Record<(typeof FIELDS)[number], string[]>>
const idsOf = (kind: GroupKind, g: unknown) => FIELDS.flatMap((f) => holderOf(kind, g)[f] ?? [])
/** The fields to patch so the ad group names TikTok's ids for the audiences just posted. */
function repointed(kind: GroupKind, g: unknown, posted: ReadonlyMap<string, string>): Record<string, unknown> {
  const holder = holderOf(kind, g)
  const mapped = Object.fromEntries(FIELDS.filter((f) => holder[f]?.length).map((f) => [f, holder[f]!.map((id) => posted.get(id) ?? id)]))
  return kind === 'adgroup' ? mapped : { targeting_spec: { ...(g as SmartPlusAdGroup).targeting_spec, ...mapped } }
}

export interface AudiencePostDeps {
  store: AccountStore
  client: TikTokClient
  advertiserId: string
  catalogue: AudienceCatalogueFile
  now: () => Date
}

type RuleAudience = Extract<Audience, { audience_type: keyof typeof RULE_AUDIENCE_TYPE }>

/**
 * rule_create.yml: "If not specified, all available event source IDs will be used" (ENGAGEMENT), so an
 * empty list is left out rather than sent as one; the other fields go as the draft holds them.
 */
function ruleSpecBody(spec: RuleAudience['rule_spec']): Record<string, unknown> {
  const set = (s: NonNullable<RuleAudience['rule_spec']['exclusion_rule_set']>) => ({
    operator: s.operator,
    rules: s.rules.map(({ event_source_ids, ...rule }) => ({ ...(event_source_ids.length ? { event_source_ids } : {}), ...rule })),
  })
  return {
    inclusion_rule_set: set(spec.inclusion_rule_set),
    ...(spec.exclusion_rule_set ? { exclusion_rule_set: set(spec.exclusion_rule_set) } : {}),
  }
}

/** Posts the local audiences the ad groups about to be sent use; answers why each one that could not be posted was not. */
export async function postAudiences(deps: AudiencePostDeps, items: readonly PlanItem[]) {
  const { store } = deps
  const groups = items.filter((i) => isGroupKind(i.kind) && (i.action === 'create' || i.action === 'update') && !i.blockedBy)
  const wanted = new Set(groups.flatMap((i) => idsOf(i.kind as GroupKind, store.workingEntity(i.kind, i.id))).filter(isLocalId))
  return postAudienceDrafts(deps, wanted)
}

/**
 * Posts the named local drafts (seeds before the lookalikes built on them) and re-points every ad group that
 * names one; `push` also calls it for plan audiences no ad group uses yet.
 */
export async function postAudienceDrafts(deps: AudiencePostDeps, wanted: ReadonlySet<string>) {
  const { store, client, advertiserId, catalogue, now } = deps
  const failed = new Map<string, string>()
  if (!wanted.size) return { failed, delta: null, posted: new Map<string, string>() }
  const byId = catalogue.byId()
  const posted = new Map<string, string>()
  const readBack = createAudienceReadBack(client, advertiserId, () => new Set([...catalogue.byId().keys(), ...posted.values()]))

  /** One create, sent at most once per answer: an earlier unanswered one is looked for first, a lost answer read back. */
  async function createOnce(a: Audience, send: () => Promise<{ custom_audience_id: string }>): Promise<string> {
    const earlier = catalogue.sentAt(a.audience_id)
    if (earlier) {
      const found = await readBack.find(a.custom_audience_name, earlier)
      if (found) return found
    }
    const at = earlier ?? now().toISOString()
    catalogue.markSent(a.audience_id, at)
    try {
      return (await send()).custom_audience_id
    } catch (error) {
      if (!(error instanceof AmbiguousRequestError)) {
        catalogue.clearSent(a.audience_id)
        throw error
      }
      // The mark stays until the audience is found: if this read-back fails too, the next post looks again.
      const found = await readBack.find(a.custom_audience_name, at)
      if (found) return found
      throw error
    }
  }

  async function post(a: Audience): Promise<string> {
    if (a.audience_type === 'CUSTOMER_FILE') {
      const path = catalogue.hashedFileOf(a.audience_id)
      const signature = createHash('md5').update(readFileSync(path)).digest('hex')
      let file_path = ''
      const id = await createOnce(a, async () => {
        // Sending the file again only leaves TikTok an unnamed copy: the upload is safe to repeat.
        ;({ file_path } = await client.uploadCustomerFile(advertiserId, { path, signature, calculate_type: a.calculate_type }))
        return client.createCustomerFileAudience(advertiserId, {
          custom_audience_name: a.custom_audience_name,
          calculate_type: a.calculate_type,
          file_paths: [file_path],
          ...(a.retention_in_days ? { retention_in_days: a.retention_in_days } : {}),
        })
      })
      catalogue.replace(a.audience_id, { ...a, audience_id: id, file_paths: file_path ? [file_path] : a.file_paths })
      return id
    }
    if (a.audience_type === 'LOOKALIKE') {
      const seed = a.lookalike_spec.source_audience_id
      const seedId = posted.get(seed) ?? catalogue.postedIdOf(seed) ?? seed
      if (isLocalId(seedId)) throw new Error(`its source audience ${seed} is not on TikTok yet`)
      const lookalike_spec = { ...a.lookalike_spec, source_audience_id: seedId }
      const id = await createOnce(a, () =>
        client.createLookalikeAudience(advertiserId, { custom_audience_name: a.custom_audience_name, lookalike_spec }),
      )
      catalogue.replace(a.audience_id, { ...a, audience_id: id, lookalike_spec })
      return id
    }
    const id = await createOnce(a, () =>
      client.createRuleAudience(advertiserId, {
        custom_audience_name: a.custom_audience_name,
        // The draft's own TikTok kind when it has one (organic or LIVE engagement), else its kind's.
        audience_type: a.rule_audience_type ?? RULE_AUDIENCE_TYPE[a.audience_type],
        rule_spec: ruleSpecBody(a.rule_spec),
        ...(a.retention_in_days ? { retention_in_days: a.retention_in_days } : {}),
      }),
    )
    catalogue.replace(a.audience_id, { ...a, audience_id: id })
    return id
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
  if (!posted.size) return { failed, delta: null, posted }
  const patches = GROUP_KINDS.flatMap((kind) =>
    [...store.workingEntities(kind)]
      .filter((g) => idsOf(kind, g).some((id) => posted.has(id)))
      .map((g) => patchOf(kind, (g as AdGroup | SmartPlusAdGroup).adgroup_id, repointed(kind, g, posted))),
  )
  const delta = patches.length
    ? store.apply({
        type: 'update',
        patches,
        label: `Posted ${posted.size === 1 ? '1 audience' : `${posted.size} audiences`}: ad groups use TikTok’s ids`,
      })
    : null
  return { failed, delta, posted }
}

/** The local audiences an ad group uses that could not be posted, as the reason it is held back; null if none. */
export function heldByAudience(store: AccountStore, item: PlanItem, failed: ReadonlyMap<string, string>): string | null {
  if (!isGroupKind(item.kind) || !failed.size) return null
  const g = store.workingEntity(item.kind, item.id)
  const reasons = g ? idsOf(item.kind, g).flatMap((id) => (failed.has(id) ? [failed.get(id)!] : [])) : []
  return reasons.length ? `Not sent: ${reasons.join('; ')}.` : null
}
