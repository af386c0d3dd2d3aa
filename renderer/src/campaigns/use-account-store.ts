import { create } from 'zustand'
import type { AccountDelta, Edit, PendingChange, UndoState } from '#shared/domain/account'
import type { Ad, AdGroup, Campaign } from '#shared/domain/entities'
import { ENTITY_KINDS, KINDS, childKindsOf, entitiesOf, idOf, type Entity, type EntityKind, type EntitySet } from '#shared/domain/entity-kinds'
import type { SmartPlusAd, SmartPlusAdGroup, SmartPlusCampaign } from '#shared/domain/smart-plus/index'
import type { Problem } from '#shared/domain/problems'
import type { ValidationContext } from '#shared/domain/validation/index'
import { geo } from '#shared/targeting/geo'
import { entityProblems, type Parents } from './model/entity-problems'
import { ApiError } from '../api/client'
import { rowKey, type RowKey } from './model/tree-rows'
import { call, messageOf, subscribe } from '../api/client'
import { now } from '../app/clock'
import { createChildIndex } from './child-index'
import { useAudienceStore } from '../audiences/use-audience-store'
import { useProfileStore } from './use-profile-store'
import { useCreativesStore } from '../creatives/use-creatives-store'
import { useTikTokMediaStore } from '../creatives/use-tiktok-media-store'

const NO_UNDO: UndoState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null }

/**
 * The open advertiser's local account, kept in maps so a delta from an edit,
 * undo or redo touches only the entities it names instead of reloading 50,000.
 */
interface AccountStore {
  advertiserId: string | null
  loading: boolean
  error: string | null
  campaigns: Map<string, Campaign>
  adgroups: Map<string, AdGroup>
  ads: Map<string, Ad>
  smartPlusCampaigns: Map<string, SmartPlusCampaign>
  smartPlusAdgroups: Map<string, SmartPlusAdGroup>
  smartPlusAds: Map<string, SmartPlusAd>
  /** Bumped on every change, so derived views (tree rows, problems list) can memoise on it; the entity maps above change in place. */
  version: number
  /** Changed in place like the entity maps (50,000 entries after an import); `pendingVersion` says when. */
  pending: Map<RowKey, PendingChange>
  pendingVersion: number
  undo: UndoState
  /** Changed in place by a delta, like the entity maps (`version` says when); replaced when the first check ends. */
  problems: Map<RowKey, Problem[]>
  /** True while a freshly opened account is being validated (in slices, after the tree is drawn). */
  checking: boolean
  lastDownloadedAt: string | null
  currency: string
  /** Field issues of the last refused edit, shown under the field until the next edit. */
  refused: Array<{ key: RowKey; field: string; message: string }>
  open(advertiserId: string, currency: string): Promise<void>
  /** Sends one edit (one undo step); answers the delta, or null when refused (the error is in `error`). */
  edit(edit: Edit): Promise<AccountDelta | null>
  undoLast(): Promise<AccountDelta | null>
  redoLast(): Promise<AccountDelta | null>
  applyDelta(delta: AccountDelta): void
  clearError(): void
}

/** The entity maps, one per kind, under the kind's set key (as in an EntitySet). */
export type Entities = Pick<AccountStore, 'campaigns' | 'adgroups' | 'ads' | 'smartPlusCampaigns' | 'smartPlusAdgroups' | 'smartPlusAds'>

/** The map holding one kind, typed as a map of any entity so generic code can read and write it. */
export const mapOf = (e: Entities, kind: EntityKind): Map<string, Entity> => e[ENTITY_KINDS[kind].setKey] as Map<string, Entity>

const entitiesFrom = (set: EntitySet): Entities =>
  Object.fromEntries(KINDS.map((k) => [ENTITY_KINDS[k].setKey, new Map(entitiesOf(set, k).map((x) => [idOf(k, x), x]))])) as unknown as Entities
const emptyEntities = (): Entities => Object.fromEntries(KINDS.map((k) => [ENTITY_KINDS[k].setKey, new Map()])) as unknown as Entities

/** The permission comes from the cached `/advertiser/info/` (use-profile-store.ts), loaded before an account's first check. */
const context = (currency: string): ValidationContext => ({
  currency,
  now: now(),
  geo,
  canUseCustomIdentity: useProfileStore.getState().profile.info?.can_use_custom_identity,
  audiences: useAudienceStore.getState().byId,
  creatives: useCreativesStore.getState().lookup,
})

/** Re-validates the given entities in place; rules read parents, so callers pass children of changed parents too. */
function recheck(problems: Map<RowKey, Problem[]>, e: Entities, items: Iterable<[EntityKind, Entity]>, currency: string) {
  const ctx = context(currency)
  const parents: Parents = {
    campaign: (id) => e.campaigns.get(id),
    adgroup: (id) => e.adgroups.get(id),
    entity: (kind, id) => mapOf(e, kind).get(id),
    children: (kind, parentId) => childrenOf(e, kind, parentId),
  }
  for (const [kind, entity] of items) {
    const id = idOf(kind, entity)
    const found = entityProblems(kind, entity, parents, ctx)
    if (found.length) problems.set(rowKey(kind, id), found)
    else problems.delete(rowKey(kind, id))
  }
}

/** Entities validated per slice: small enough that the page stays responsive between slices. */
const SLICE = 2000
let checkRun = 0
/** Rows an edit re-validated while the first check ran: their fresh result wins over the check's. */
const touchedWhileChecking = new Set<RowKey>()

/**
 * Validates a whole opened account without blocking the first render: 50,000
 * entities take around a second, so the tree is drawn first and problems follow.
 */
async function checkAll(entities: Entities, currency: string) {
  const run = ++checkRun
  touchedWhileChecking.clear()
  const items = [...everything(entities)]
  const found = new Map<RowKey, Problem[]>()
  for (let i = 0; i < items.length; i += SLICE) {
    recheck(found, entities, items.slice(i, i + SLICE), currency)
    await new Promise((resolve) => setTimeout(resolve, 0))
    if (run !== checkRun) return // another account was opened meanwhile
  }
  useAccountStore.setState((s) => {
    for (const key of touchedWhileChecking) {
      const live = s.problems.get(key)
      if (live) found.set(key, live)
      else found.delete(key)
    }
    return { problems: found, checking: false }
  })
}

function* everything(e: Entities): Generator<[EntityKind, Entity]> {
  for (const kind of KINDS) for (const x of mapOf(e, kind).values()) yield [kind, x]
}

/** Children by parent, kept in step with the maps, so touched() reads a parent's children instead of every row. */
const children = createChildIndex()

/** The children of one kind under a parent, from the child index. */
function childrenOf(e: Entities, kind: EntityKind, parentId: string): Entity[] {
  const map = mapOf(e, kind)
  return [...children.of(kind, parentId)].map((id) => map.get(id)).filter((x): x is Entity => x !== undefined)
}

/**
 * The entities a delta touched, plus the children of touched parents (their rules read the parent) and, for Smart+
 * ad groups, their siblings and campaign: budget optimisation makes each ad group's rules read the others'.
 */
function* touched(e: Entities, delta: AccountDelta): Generator<[EntityKind, Entity]> {
  const ids = new Map<EntityKind, Set<string>>(KINDS.map((k) => [k, new Set<string>()]))
  for (const kind of KINDS) for (const x of entitiesOf(delta.upserted, kind)) ids.get(kind)!.add(idOf(kind, x))
  const g = delta.upserted.smartPlusAdgroups
  for (const group of g) {
    ids.get('smart_plus_campaign')!.add(group.campaign_id)
    for (const sibling of children.of('smart_plus_adgroup', group.campaign_id)) ids.get('smart_plus_adgroup')!.add(sibling)
  }
  // Parents before children (KINDS' order), so a parent's touched children are added before their kind is read.
  for (const kind of KINDS) {
    const map = mapOf(e, kind)
    for (const id of ids.get(kind)!) {
      const x = map.get(id)
      if (!x) continue
      yield [kind, x]
      for (const childKind of childKindsOf(kind)) for (const child of children.of(childKind, id)) ids.get(childKind)!.add(child)
    }
  }
}

/** The field issues of a refused update (`edit.patches.0.fields.budget`), tied to the entity they are about. */
function refusedFields(error: unknown, edit?: Edit): AccountStore['refused'] {
  if (!(error instanceof ApiError) || edit?.type !== 'update') return []
  return error.issues.flatMap((issue) => {
    const m = /patches\.(\d+)\.fields\.([a-z_]+)/.exec(issue.path)
    const patch = m ? edit.patches[Number(m[1])] : undefined
    return patch ? [{ key: rowKey(patch.kind, patch.id), field: m![2]!, message: issue.message }] : []
  })
}

const pendingMap = (list: PendingChange[]) => new Map(list.map((p) => [rowKey(p.kind, p.id), p]))

/** Merges a delta's pending changes into the map, in place; says whether there were any. */
function mergePending(pending: Map<RowKey, PendingChange>, change: AccountDelta['pending']): boolean {
  for (const r of change.removed) pending.delete(rowKey(r.kind, r.id))
  for (const p of change.upserted) pending.set(rowKey(p.kind, p.id), p)
  return change.upserted.length > 0 || change.removed.length > 0
}

export const useAccountStore = create<AccountStore>()((set, get) => {
  const send = async (run: () => Promise<AccountDelta>, edit?: Edit) => {
    try {
      const delta = await run()
      // Cleared before the delta lands, so no frame shows the new value with the old refusal.
      set({ error: null, refused: [] })
      get().applyDelta(delta)
      return delta
    } catch (error) {
      set({ error: messageOf(error), refused: refusedFields(error, edit) })
      return null
    }
  }
  const advertiser = () => {
    const id = get().advertiserId
    if (!id) throw new Error('No advertiser account is open.')
    return id
  }
  return {
    advertiserId: null,
    loading: false,
    error: null,
    ...emptyEntities(),
    version: 0,
    pending: new Map(),
    pendingVersion: 0,
    undo: NO_UNDO,
    problems: new Map(),
    checking: false,
    lastDownloadedAt: null,
    currency: 'USD',
    refused: [],
    async open(advertiserId, currency) {
      set({ advertiserId, currency, loading: true, error: null, refused: [] })
      try {
        const [snapshot] = await Promise.all([
          call('account:open', { advertiserId }),
          useProfileStore.getState().load(advertiserId),
          useAudienceStore.getState().load(advertiserId),
          useCreativesStore.getState().load(advertiserId),
          useTikTokMediaStore.getState().load(advertiserId),
        ])
        if (get().advertiserId !== advertiserId) return // the buyer switched accounts meanwhile
        const entities = entitiesFrom(snapshot)
        set((s) => ({
          ...entities,
          problems: new Map(),
          checking: true,
          pending: pendingMap(snapshot.pending),
          pendingVersion: s.pendingVersion + 1,
          undo: snapshot.undo,
          lastDownloadedAt: snapshot.lastDownloadedAt,
          version: s.version + 1,
          loading: false,
        }))
        children.reset(everything(entities))
        void checkAll(entities, currency)
      } catch (error) {
        set({ loading: false, error: messageOf(error) })
      }
    },
    edit: (edit) => send(() => call('account:edit', { advertiserId: advertiser(), edit }), edit),
    undoLast: () => send(() => call('account:undo', { advertiserId: advertiser() })),
    redoLast: () => send(() => call('account:redo', { advertiserId: advertiser() })),
    applyDelta(delta) {
      set((s) => {
        // The entity maps change in place and `version` says they did: copying 50,000 rows per keystroke cost more than the edit.
        const e: Entities = s
        const problems = s.problems
        for (const kind of KINDS)
          for (const x of entitiesOf(delta.upserted, kind)) {
            const map = mapOf(e, kind)
            const id = idOf(kind, x)
            children.put(kind, x, map.get(id))
            map.set(id, x)
          }
        for (const r of delta.removed) {
          const map = mapOf(e, r.kind)
          const gone = map.get(r.id)
          if (gone) children.remove(r.kind, gone)
          map.delete(r.id)
          problems.delete(rowKey(r.kind, r.id))
        }
        const items = [...touched(e, delta)]
        recheck(problems, e, items, s.currency)
        if (s.checking) {
          for (const [kind, entity] of items) touchedWhileChecking.add(rowKey(kind, idOf(kind, entity)))
          for (const r of delta.removed) touchedWhileChecking.add(rowKey(r.kind, r.id))
        }
        const pendingVersion = mergePending(s.pending, delta.pending) ? s.pendingVersion + 1 : s.pendingVersion
        return { problems, pendingVersion, undo: delta.undo, version: s.version + 1 }
      })
    },
    clearError: () => set({ error: null }),
  }
})

/** Changes made elsewhere (another window, sync) arrive as deltas for the open account. */
export function followAccountEvents(): () => void {
  return subscribe('account:changed', ({ advertiserId, delta }) => {
    if (advertiserId === useAccountStore.getState().advertiserId) useAccountStore.getState().applyDelta(delta)
  })
}

/**
 * A pull can change whether TikTok still allows Custom Identity ads; every new ad's problems depend on it, so the
 * open account is checked again (an account still opening runs its first check after the profile arrived).
 */
useProfileStore.subscribe((next, prev) => {
  const allowed = next.profile.info?.can_use_custom_identity
  if (allowed === prev.profile.info?.can_use_custom_identity) return
  const account = useAccountStore.getState()
  if (account.advertiserId !== next.advertiserId || account.loading || account.checking) return
  useAccountStore.setState({ checking: true })
  void checkAll(account, account.currency)
})

/** Ads' creative problems read the library (a file moved, a creative added or removed), so a new list re-checks the account. */
useCreativesStore.subscribe((next, prev) => {
  if (next.lookup === prev.lookup) return
  const account = useAccountStore.getState()
  if (account.advertiserId !== next.advertiserId || account.loading || account.checking) return
  useAccountStore.setState({ checking: true })
  void checkAll(account, account.currency)
})
