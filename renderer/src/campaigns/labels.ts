import { byKind, titleOf } from '#shared/domain/entity-kinds'
import type { EntityKind } from '#shared/domain/entities'

/** "Ad group", "Smart+ campaign": each kind's label from the entity registry, capitalised. */
export const KIND_LABELS: Record<EntityKind, string> = byKind(titleOf)

/** Overrides where stripping the API prefix would read badly. */
const SPECIAL: Record<string, string> = {
  AGE_13_17: '13–17',
  AGE_18_24: '18–24',
  AGE_25_34: '25–34',
  AGE_35_44: '35–44',
  AGE_45_54: '45–54',
  AGE_55_100: '55+',
  GENDER_UNLIMITED: 'All genders',
  BID_TYPE_NO_BID: 'Maximum delivery (no bid)',
  BID_TYPE_CUSTOM: 'Cost cap (custom bid)',
  BUDGET_MODE_INFINITE: 'No limit',
  BUDGET_MODE_DAY: 'Daily',
  BUDGET_MODE_TOTAL: 'Lifetime',
  BUDGET_MODE_DYNAMIC_DAILY_BUDGET: 'Dynamic daily (7-day average)',
  PLACEMENT_GLOBAL_APP_BUNDLE: 'Global App Bundle',
  PLACEMENT_TIKTOK: 'TikTok',
  PLACEMENT_TYPE_NORMAL: 'Select placements',
  PLACEMENT_TYPE_AUTOMATIC: 'Automatic',
  SCHEDULE_FROM_NOW: 'From the start time, no end',
  SCHEDULE_START_END: 'Between start and end',
  ENABLE: 'Enabled',
  DISABLE: 'Paused',
  IOS: 'iOS',
  ANDROID: 'Android',
  WIFI: 'Wi-Fi',
  OCPM: 'oCPM',
  IOS14_CAMPAIGN: 'iOS 14 dedicated',
  CUSTOMIZED_USER: 'Custom identity',
  AUTH_CODE: 'Authorized TikTok post',
  TT_USER: 'TikTok account',
  BC_AUTH_TT: 'Business Center TikTok account',
  RF_REACH: 'Reach & frequency',
  APP_IOS: 'iOS app',
  APP_ANDROID: 'Android app',
  AEO_APK: 'Android app (APK)',
  WEBSITE_OR_DISPLAY: 'Website or display',
  LEAD_GEN_CLICK_TO_CALL: 'Leads: phone call',
  LEAD_GEN_CLICK_TO_TT_DIRECT_MESSAGE: 'Leads: TikTok direct message',
  LEAD_GEN_CLICK_TO_SOCIAL_MEDIA_APP_MESSAGE: 'Leads: messaging app',
  TIKTOK_SHOP: 'TikTok Shop',
  INSTANT_PAGE: 'Instant form',
  EXTERNAL_WEBSITE: 'Website',
}

const PREFIXES = ['BUDGET_MODE_', 'PLACEMENT_TYPE_', 'PLACEMENT_', 'GENDER_', 'PACING_MODE_', 'BID_TYPE_']
const CODES = new Set(['CPC', 'CPM', 'CPV'])

/** A readable label for an API enum value ("PACING_MODE_SMOOTH" → "Smooth"). */
export function enumLabel(value: string): string {
  if (SPECIAL[value]) return SPECIAL[value]
  if (CODES.has(value)) return value
  const bare = PREFIXES.reduce((v, p) => (v.startsWith(p) ? v.slice(p.length) : v), value)
  const words = bare.replace(/_/g, ' ').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

const money = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
/** Budgets are in the advertiser's currency, which the tree does not repeat on every row. */
export const formatMoney = (n: number) => money.format(n)

/**
 * A budget as the tree shows it, with its mode, so "600.00" is never left to
 * guess: per day, a 7-day daily average (TikTok's dynamic daily budget), or for
 * the whole schedule. Without a budget of its own an ad group spends the campaign's.
 */
export function budgetText(e: { budget_mode?: string; budget?: number }, kind: 'campaign' | 'adgroup'): string {
  // A Smart+ ad group under budget optimisation has no budget mode of its own: the campaign holds the budget.
  if (e.budget_mode === undefined) return kind === 'adgroup' ? 'Campaign budget' : 'No budget'
  if (e.budget_mode === 'BUDGET_MODE_INFINITE') return 'No limit'
  if (e.budget === undefined) return kind === 'adgroup' ? 'Campaign budget' : 'No budget'
  const amount = formatMoney(e.budget)
  switch (e.budget_mode) {
    case 'BUDGET_MODE_DAY':
      return `${amount}/day`
    case 'BUDGET_MODE_DYNAMIC_DAILY_BUDGET':
      return `${amount}/day avg`
    case 'BUDGET_MODE_TOTAL':
      return `${amount} total`
    default:
      return amount
  }
}
