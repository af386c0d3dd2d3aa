/** Business rules for Upgraded Smart+ drafts, each with its source; problems in the shape shared/domain/validation reports. */
export { validateSmartPlus, smartPlusProblemsOf, type SmartPlusLookup } from './validate-smart-plus'
export { validateSmartPlusCampaign, checkLocked } from './campaign-rules'
export { validateSmartPlusAdGroup } from './adgroup-rules'
export { validateSmartPlusAd, onTikTok } from './ad-rules'
export { checkCboConsistency } from './cbo-rules'
export { PROBLEM_KIND, type SmartPlusEntities, type SmartPlusValidationContext } from './context'
