/** Business rules for drafts: what would stop TikTok accepting them, or deserves a second look. */
export { validateAccount, type AccountEntities } from './validate-account'
export { validateCampaign } from './campaign-rules'
export { validateAdGroup } from './adgroup-rules'
export { validateAd } from './ad-rules'
export { createGeoLookup, DEFAULT_GEO, DEFAULT_GEO_PARENTS, type GeoLookup, type ValidationContext } from './context'
export { AD_TEXT_LIMIT, MIN_BUDGET_USD, NAME_LIMIT, weightedLength } from '../limits'
export { formatScheduleTime, parseScheduleTime, scheduledDays } from './schedule-time'
