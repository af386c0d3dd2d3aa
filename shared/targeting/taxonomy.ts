import { ESTIMATED_MARKETS, type EstimatedMarket } from '../markets/markets'
import type { Affinity } from './behaviour-data'
import { INTEREST_ROWS, type SpecialCategory } from './interest-data'

/** The modelled datasets say so wherever they are shown (UI, CLI output). */
export const TAXONOMY_MODELLED = true as const
export const MODELLED_NOTE = 'Interest, keyword and behaviour audience shares are Adwright’s modelled estimates, not TikTok figures.'

export interface InterestCategory {
  id: string
  name: string
  parentId: string | null
  /** 1 = top level, as TikTok numbers them. */
  level: number
  childIds: string[]
  special: SpecialCategory | null
  affinity: Affinity
}

function build(): Map<string, InterestCategory> {
  const map = new Map<string, InterestCategory>()
  for (const [id, name, parentId, ea, us, eu, special] of INTEREST_ROWS) {
    map.set(id, { id, name, parentId, level: 1, childIds: [], special: special ?? null, affinity: { EAST_ASIA_TEST: ea, US: us, EU: eu } })
  }
  for (const c of map.values()) {
    if (c.parentId) map.get(c.parentId)?.childIds.push(c.id)
    for (let p = c.parentId; p; p = map.get(p)?.parentId ?? null) c.level++
  }
  // A parent holds everyone in its children, so its share is at least their union.
  // Deepest first, so grandchildren lift children before children lift parents.
  const deepestFirst = [...map.values()].sort((a, b) => b.level - a.level)
  for (const c of deepestFirst) {
    if (!c.childIds.length) continue
    for (const m of ESTIMATED_MARKETS) {
      const none = c.childIds.reduce((acc, id) => acc * (1 - (map.get(id)?.affinity[m] ?? 0)), 1)
      c.affinity[m] = Math.max(c.affinity[m], 1 - none)
    }
  }
  return map
}

const BY_ID = build()

export const INTEREST_CATEGORIES: readonly InterestCategory[] = [...BY_ID.values()]
export const interestCategory = (id: string) => BY_ID.get(id)

const ANCESTORS = new Map<string, readonly string[]>(
  [...BY_ID.keys()].map((id) => {
    const out: string[] = []
    for (let p = BY_ID.get(id)?.parentId ?? null; p; p = BY_ID.get(p)?.parentId ?? null) out.push(p)
    return [id, out]
  }),
)
const NO_ANCESTORS: readonly string[] = []

/** Parent first, top level last. Precomputed: the estimator asks for every selected interest on every keystroke. */
export const ancestorsOf = (id: string): readonly string[] => ANCESTORS.get(id) ?? NO_ANCESTORS

export const topLevelOf = (id: string): string => ancestorsOf(id).at(-1) ?? id

/** The special category of a category or any ancestor (a child of Health is health data too). */
export function specialCategoryOf(id: string): SpecialCategory | null {
  for (const cid of [id, ...ancestorsOf(id)]) {
    const s = BY_ID.get(cid)?.special
    if (s) return s
  }
  return null
}

/** Categories whose name (or an ancestor's) contains the query, with their ancestors kept so the tree still reads. */
export function searchInterests(query: string): Set<string> {
  const q = query.trim().toLowerCase()
  if (!q) return new Set(BY_ID.keys())
  const hits = new Set<string>()
  for (const c of BY_ID.values()) {
    const path = [c.id, ...ancestorsOf(c.id)]
    if (path.some((id) => BY_ID.get(id)?.name.toLowerCase().includes(q))) {
      for (const id of path) hits.add(id)
    }
  }
  return hits
}

export const affinityIn = (id: string, market: EstimatedMarket) => BY_ID.get(id)?.affinity[market] ?? 0
