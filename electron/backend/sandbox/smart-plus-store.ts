/**
 * Where the sandbox keeps Upgraded Smart+ objects. Campaigns and ad groups live
 * with the manual ones, marked `campaign_automation_type: UPGRADED_SMART_PLUS`,
 * because TikTok's manual `/campaign/get/` and `/adgroup/get/` return them by
 * default ([DOC 1854112742370306]; notes tiktok-api-2026.md §2). A Smart+ ad is
 * one object holding many creatives and has no manual counterpart, so it lives
 * apart; the manual `/ad/get/` shows its creatives as rows (smart-plus-ad-rows.ts).
 */
import type { SandboxState, StoredObject } from './sandbox-state'

export const UPGRADED = 'UPGRADED_SMART_PLUS'

export interface SmartPlusData {
  counters: { ad: number; material: number }
  /** By smart_plus_ad_id. */
  ads: Record<string, StoredObject>
}

/** The Smart+ part of the state, added on first use (states saved before Smart+ existed have none). */
export function smartPlusData(state: SandboxState): SmartPlusData {
  state.data.smartPlus ??= { counters: { ad: 0, material: 0 }, ads: {} }
  return state.data.smartPlus
}

// 19-digit ids in their own ranges, apart from the manual kinds' (sandbox-state.ts).
const ID_BASE = { ad: 1_793_000_000_000_000_000n, material: 1_794_000_000_000_000_000n }

export function nextSmartPlusId(state: SandboxState, kind: 'ad' | 'material'): string {
  const data = smartPlusData(state)
  data.counters[kind] += 1
  return (ID_BASE[kind] + BigInt(data.counters[kind])).toString()
}

export const isUpgraded = (o: StoredObject | undefined): o is StoredObject => o?.campaign_automation_type === UPGRADED

export const smartPlusAds = (state: SandboxState, advertiserId: string): StoredObject[] =>
  Object.values(smartPlusData(state).ads).filter((a) => a.advertiser_id === advertiserId)
