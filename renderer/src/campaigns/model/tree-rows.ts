/**
 * The account tree as the flat list of visible rows the virtualized tree draws:
 * campaigns → ad groups → ads, honouring expanded rows and the filter bar.
 * Pure and linear in the number of entities, so it can run on every edit of a
 * 50,000-row account.
 */
import type { ChangeType } from '#shared/domain/account'
import type { Ad, AdGroup, Campaign, Entity, EntityKind } from '#shared/domain/entities'
import { LEVEL_OF, childKindsOf, fieldsOf, idOf, nameOf, parentIdOf } from '#shared/domain/entity-kinds'
import type { ObjectiveType, OperationStatus } from '#shared/domain/enums'
import { marketsOf, type Market } from './markets'
import { targetedLocationIds } from '#shared/targeting/geo'

export type RowKey = string
export const rowKey = (kind: EntityKind, id: string): RowKey => `${kind}:${id}`
export function parseRowKey(key: RowKey): { kind: EntityKind; id: string } {
  const i = key.indexOf(':')
  return { kind: key.slice(0, i) as EntityKind, id: key.slice(i + 1) }
}

export interface AccountIndex {
  /** Campaigns, manual then Upgraded Smart+, each collection in its order. */
  roots: Array<{ kind: EntityKind; entity: Entity }>
  /** `<child kind>/<parent id>` → that parent's children of that kind, in order. */
  children: Map<string, Entity[]>
}

type Lists = { campaigns: Iterable<Entity>; adgroups: Iterable<Entity>; ads: Iterable<Entity> }
const slot = (kind: EntityKind, parentId: string) => `${kind}/${parentId}`

/** Groups children under their parents, keeping each collection's order. Orphans are left out. */
export function indexAccount(
  campaigns: Iterable<Campaign>,
  adgroups: Iterable<AdGroup>,
  ads: Iterable<Ad>,
  smartPlus: Lists = { campaigns: [], adgroups: [], ads: [] },
): AccountIndex {
  const children = new Map<string, Entity[]>()
  const add = (kind: EntityKind, list: Iterable<Entity>) => {
    for (const e of list) push(children, slot(kind, parentIdOf(kind, e)!), e)
  }
  add('adgroup', adgroups)
  add('ad', ads)
  add('smart_plus_adgroup', smartPlus.adgroups)
  add('smart_plus_ad', smartPlus.ads)
  const roots = [
    ...[...campaigns].map((entity) => ({ kind: 'campaign' as EntityKind, entity })),
    ...[...smartPlus.campaigns].map((entity) => ({ kind: 'smart_plus_campaign' as EntityKind, entity })),
  ]
  return { roots, children }
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

export interface TreeFilter {
  /** Matches a name (case-insensitive) or an id. */
  query: string
  statuses: OperationStatus[]
  objectives: ObjectiveType[]
  markets: Market[]
  pendingOnly: boolean
  errorsOnly: boolean
}

export const EMPTY_FILTER: TreeFilter = {
  query: '',
  statuses: [],
  objectives: [],
  markets: [],
  pendingOnly: false,
  errorsOnly: false,
}

export const isFilterActive = (f: TreeFilter) =>
  f.query.trim() !== '' || f.statuses.length > 0 || f.objectives.length > 0 || f.markets.length > 0 || f.pendingOnly || f.errorsOnly

/** What the tree knows about each row besides the entity: its pending change and error count. */
export interface RowFacts {
  change(key: RowKey): ChangeType | undefined
  errors(key: RowKey): number
}

export interface TreeRow {
  key: RowKey
  kind: EntityKind
  id: string
  name: string
  entity: Entity
  level: 1 | 2 | 3
  parentKey: RowKey | null
  hasChildren: boolean
  expanded: boolean
  /** Position among the visible siblings, for aria-posinset / aria-setsize. */
  posInSet: number
  setSize: number
  /** Shown only because something inside it matches the filter. */
  context: boolean
}

interface Node {
  kind: EntityKind
  id: string
  name: string
  entity: Entity
  children: () => Node[]
  /** Inherited attributes the filter reads: the campaign's objective, the ad group's markets. */
  objective: ObjectiveType
  markets: Market[]
}

/**
 * A row's node: campaigns carry their objective down; markets belong to ad groups and their ads. A campaign never
 * matches a market filter itself, so the filter shows the campaign as context with only its ad groups in that
 * market, not its whole subtree.
 */
function nodeOf(index: AccountIndex, kind: EntityKind, e: Entity, objective?: ObjectiveType, markets: Market[] = []): Node {
  const level = LEVEL_OF[kind]
  const own = level === 'campaign' ? (fieldsOf(e).objective_type as ObjectiveType) : objective!
  const where = level === 'adgroup' ? marketsOf(targetedLocationIds(e)) : markets
  const id = idOf(kind, e)
  return {
    kind,
    id,
    name: nameOf(kind, e),
    entity: e,
    objective: own,
    markets: where,
    children: () =>
      childKindsOf(kind).flatMap((child) => (index.children.get(slot(child, id)) ?? []).map((c) => nodeOf(index, child, c, own, where))),
  }
}

/** `n` matches the text query on its own name or id. */
function queryMatcher(filter: TreeFilter) {
  const q = filter.query.trim().toLowerCase()
  return (n: Node) => !q || n.name.toLowerCase().includes(q) || n.id.toLowerCase().includes(q)
}

/** `named`: the row or one of its ancestors matches the text query, so "sale" + EU finds the EU ad groups of "Spring sale". */
function matcher(filter: TreeFilter, facts: RowFacts) {
  return (n: Node, named: boolean): boolean => {
    const key = rowKey(n.kind, n.id)
    if (!named) return false
    if (filter.statuses.length && !filter.statuses.includes(n.entity.operation_status)) return false
    if (filter.objectives.length && !filter.objectives.includes(n.objective)) return false
    if (filter.markets.length && !n.markets.some((m) => filter.markets.includes(m))) return false
    if (filter.pendingOnly && !facts.change(key)) return false
    if (filter.errorsOnly && facts.errors(key) === 0) return false
    return true
  }
}

const DEPTH = { campaign: 1, adgroup: 2, ad: 3 } as const

/**
 * With no filter, rows follow the expanded set. With a filter, a matching row is
 * shown with its whole subtree (as expanded as the user left it); a row that does
 * not match but holds matches is shown as context, opened on the matches only.
 */
export function flattenTree(index: AccountIndex, expanded: ReadonlySet<RowKey>, filter: TreeFilter, facts: RowFacts): TreeRow[] {
  const active = isFilterActive(filter)
  const matches = matcher(filter, facts)
  const named = queryMatcher(filter)
  const rows: TreeRow[] = []

  // Returns the nodes of `nodes` worth showing, each with how to show it.
  type Plan = { node: Node; context: boolean; children: Plan[] | null }
  const planAll = (nodes: Node[]): Plan[] => nodes.map((node) => ({ node, context: false, children: null }))
  const planFiltered = (nodes: Node[], ancestorNamed: boolean): Plan[] => {
    const out: Plan[] = []
    for (const node of nodes) {
      const isNamed = ancestorNamed || named(node)
      if (matches(node, isNamed)) {
        out.push({ node, context: false, children: null })
        continue
      }
      const inner = planFiltered(node.children(), isNamed)
      if (inner.length) out.push({ node, context: true, children: inner })
    }
    return out
  }

  const emit = (plans: Plan[], parentKey: RowKey | null) => {
    plans.forEach((plan, i) => {
      const { node } = plan
      const key = rowKey(node.kind, node.id)
      const kids = plan.children ?? null
      const hasChildren = kids ? kids.length > 0 : LEVEL_OF[node.kind] !== 'ad' && node.children().length > 0
      const isOpen = kids ? true : hasChildren && expanded.has(key)
      rows.push({
        key,
        kind: node.kind,
        id: node.id,
        name: node.name,
        entity: node.entity,
        level: DEPTH[LEVEL_OF[node.kind]],
        parentKey,
        hasChildren,
        expanded: isOpen,
        posInSet: i + 1,
        setSize: plans.length,
        context: plan.context,
      })
      if (isOpen) emit(kids ?? planAll(node.children()), key)
    })
  }

  const roots = index.roots.map((r) => nodeOf(index, r.kind, r.entity))
  emit(active ? planFiltered(roots, false) : planAll(roots), null)
  return rows
}
