import type { ConsentKey, ConsentOverrides } from './consent'
import type { EstimatedMarket } from './markets'

/** What a buyer types for a share: "45", "45%", "45.5" → 0.45…; null unless it is 0–100%. */
export function parsePercent(text: string): number | null {
  const t = text.trim().replace(/%$/, '').trim()
  if (!/^\d{1,3}(\.\d+)?$/.test(t)) return null
  const n = Number(t)
  return n <= 100 ? n / 100 : null
}

/** One advertiser's overrides with one value set (a share) or cleared (null); emptied markets are dropped. */
export function withOverride(all: ConsentOverrides, market: EstimatedMarket, key: ConsentKey, value: number | null): ConsentOverrides {
  const own = { ...all[market] }
  if (value === null) delete own[key]
  else own[key] = value
  const next = { ...all }
  if (Object.keys(own).length) next[market] = own
  else delete next[market]
  return next
}
