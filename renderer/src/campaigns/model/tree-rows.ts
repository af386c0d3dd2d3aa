/**
 * The account tree as the flat list of visible rows the virtualized tree draws:
 * campaigns → ad groups → ads, honouring expanded rows and the filter bar.
 * Pure and linear in the number of entities, so it can run on every edit of a
 * 50,000-row account.
 */
import type { ChangeType } from '#shared/domain/account'
import type { Ad, AdGroup, Campaign, Entity, EntityKind } from '#shared/domain/entities'
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
  campaigns: Campaign[]
  adgroupsOf: Map<string, AdGroup[]>
  adsOf: Map<string, Ad[]>
}

/** Groups children under their parents, keeping each collection's order. Orphans are left out. */
export function indexAccount(campaigns: Iterable<Campaign>, adgroups: Iterable<AdGroup>, ads: Iterable<Ad>): AccountIndex {
  const adgroupsOf = new Map<string, AdGroup[]>()
  const adsOf = new Map<string, Ad[]>()
  for (const g of adgroups) push(adgroupsOf, g.campaign_id, g)
  for (const a of ads) push(adsOf, a.adgroup_id, a)
  return { campaigns: [...campaigns], adgroupsOf, adsOf }
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

function campaignNode(index: AccountIndex, c: Campaign): Node {
  const groups = index.adgroupsOf.get(c.campaign_id) ?? []
  return {
    kind: 'campaign',
    id: c.campaign_id,
    name: c.campaign_name,
    entity: c,
    objective: c.objective_type,
    // Markets belong to ad groups: a campaign never matches a market filter itself, so the filter shows
    // the campaign as context with only its ad groups in that market, not its whole subtree.
    markets: [],
    children: () => groups.map((g) => adgroupNode(index, g, c.objective_type)),
  }
}

function adgroupNode(index: AccountIndex, g: AdGroup, objective: ObjectiveType): Node {
  const markets = marketsOf(targetedLocationIds(g))
  return {
    kind: 'adgroup',
    id: g.adgroup_id,
    name: g.adgroup_name,
    entity: g,
    objective,
    markets,
    children: () =>
      (index.adsOf.get(g.adgroup_id) ?? []).map((a) => ({
        kind: 'ad' as const,
        id: a.ad_id,
        name: a.ad_name,
        entity: a,
        objective,
        markets,
        children: () => [],
      })),
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

const LEVEL = { campaign: 1, adgroup: 2, ad: 3 } as const

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
      const hasChildren = kids ? kids.length > 0 : node.kind !== 'ad' && node.children().length > 0
      const isOpen = kids ? true : hasChildren && expanded.has(key)
      rows.push({
        key,
        kind: node.kind,
        id: node.id,
        name: node.name,
        entity: node.entity,
        level: LEVEL[node.kind],
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

  const roots = index.campaigns.map((c) => campaignNode(index, c))
  emit(active ? planFiltered(roots, false) : planAll(roots), null)
  return rows
}
