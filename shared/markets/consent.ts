import type { EstimatedMarket } from './markets'
import type { SourceId } from './sources'

/**
 * Share (0–1) of a market's users each kind of targeting can reach once consent,
 * law and TikTok's own policies are applied. Defaults below; an advertiser can
 * override any of them in Settings with its own consent-platform or ATT figures.
 */
export interface ConsentParameters {
  /** Location, age, gender, language and device targeting (not profiling). */
  broad: number
  /** TikTok in-app interests, keywords and behaviours, adults. */
  interests: number
  /**
   * Off-TikTok and partner data: pixel, Events API, customer files, as one figure. By default it is
   * the product of the factors below (notes §5's off-app formula) for the market's typical country;
   * an advertiser who enters its own figure replaces those factors for its audiences.
   */
  offApp: number
  /** Personalised delivery in other apps (Pangle, Global App Bundle) with TikTok activity. */
  crossApp: number
  /** Interest and behaviour targeting of 13–17-year-olds. */
  minors: number
  /** Off-app factor: share of users who have not opted out of ads based on partner data (1 − optout_partner). */
  partnerData: number
  /** Off-app factor: iOS users who allow tracking in the TikTok app (App Tracking Transparency, ATT_tt). */
  attTikTok: number
  /** Cross-app factor: iOS users who allow tracking in the publisher app too (ATT_pub). */
  attPublisher: number
  /** Off-app factor: people who consent on the advertiser's site or app (cookie banner, CMP), adv_consent. */
  advertiserConsent: number
  /** Korea only: prior consent for identity-linked behavioural data (PIPC 2024); replaces advertiserConsent there. */
  identityConsent: number
}

export const CONSENT_KEYS = [
  'broad',
  'interests',
  'offApp',
  'crossApp',
  'minors',
  'partnerData',
  'attTikTok',
  'attPublisher',
  'advertiserConsent',
  'identityConsent',
] as const satisfies readonly (keyof ConsentParameters)[]
export type ConsentKey = (typeof CONSENT_KEYS)[number]

export const CONSENT_LABELS: Record<ConsentKey, string> = {
  broad: 'Broad targeting (location, age, gender, language, device)',
  interests: 'In-app interests & behaviours (adults)',
  offApp: 'Off-app & partner data (pixel, customer files)',
  crossApp: 'Cross-app personalised delivery (Pangle, App Bundle)',
  minors: 'Interests & behaviours for ages 13–17',
  partnerData: 'Custom audiences: not opted out of partner data',
  attTikTok: 'Custom audiences: iOS tracking allowed in TikTok (ATT)',
  attPublisher: 'Cross-app: iOS tracking allowed in the publisher app (ATT)',
  advertiserConsent: 'Custom audiences: consent on your site or app (cookies, CMP)',
  identityConsent: 'Custom audiences in Korea: consent for identity-linked data',
}

export interface ConsentValue {
  value: number
  source: SourceId
  /** Why the figure is what it is, in one line. */
  why: string
}

export type ConsentTable = Record<EstimatedMarket, Record<ConsentKey, ConsentValue>>

export const DEFAULT_CONSENT: ConsentTable = {
  EAST_ASIA_TEST: {
    broad: { value: 1, source: 'tiktok-us-minors-2024', why: 'Demographic and device targeting is not profiling.' },
    interests: { value: 1, source: 'tiktok-personalised-ads-2021', why: 'In-app personalised ads are part of TikTok’s terms outside the EU.' },
    offApp: {
      value: 0.45,
      source: 'att-flurry-appsflyer',
      why: 'Partner opt-out (~10%), iOS tracking opt-in (~30%) on 64% iOS, advertiser consent (~90%).',
    },
    crossApp: {
      value: 0.43,
      source: 'att-flurry-appsflyer',
      why: 'Device ids: ~95% on Android, iOS needs tracking consent in both TikTok and the publisher app.',
    },
    minors: { value: 1, source: 'tiktok-teens-outside-eu-2023', why: 'No teen ad restriction found; verify before relying on it.' },
    partnerData: { value: 0.9, source: 'adwright-model', why: 'Partner data stays opt-out outside the EU; no opt-out rate is published (~10%).' },
    attTikTok: { value: 0.3, source: 'att-flurry-appsflyer', why: 'Social apps get ~44% of prompted users; ~30% of all iOS users.' },
    attPublisher: { value: 0.45, source: 'att-flurry-appsflyer', why: 'Prompted users allow tracking about 46% of the time (AppsFlyer 2022).' },
    advertiserConsent: { value: 0.9, source: 'adwright-model', why: 'Japan’s APPI and telecom rules need notice or consent; ~90% assumed.' },
    identityConsent: {
      value: 0.8,
      source: 'korea-pipc-2024',
      why: 'Korea: identity-linked behavioural data needs prior consent (PIPC, Jan 2024); ~80% assumed.',
    },
  },
  US: {
    broad: { value: 1, source: 'tiktok-us-minors-2024', why: 'Demographic and device targeting is allowed, even for teens.' },
    interests: { value: 1, source: 'tiktok-personalised-ads-2021', why: 'In-app personalised ads are mandatory since 15 Apr 2021.' },
    offApp: {
      value: 0.48,
      source: 'ccpa-opt-out',
      why: 'CCPA/state opt-outs (~10%), iOS tracking opt-in (~25%) on 58% iOS, advertiser consent (~95%).',
    },
    crossApp: { value: 0, source: 'tiktok-pangle-locations', why: 'Pangle and the App Bundle do not deliver in the US.' },
    minors: { value: 0, source: 'tiktok-us-minors-2024', why: 'Teens are reachable only by location, language and device.' },
    partnerData: { value: 0.9, source: 'ccpa-opt-out', why: 'Partner data is opt-out; CCPA opt-out rates are reported very low (~10%).' },
    attTikTok: { value: 0.25, source: 'att-flurry-appsflyer', why: 'US opt-in is low: 4% daily (Flurry 2021) to 44% of prompted social-app users.' },
    attPublisher: { value: 0.45, source: 'tiktok-pangle-locations', why: 'Unused: Pangle does not deliver in the US.' },
    advertiserConsent: { value: 0.95, source: 'ccpa-opt-out', why: 'Opt-out regime: few refuse, though many sites ignore Global Privacy Control.' },
    identityConsent: { value: 1, source: 'adwright-model', why: 'No US rule asks for it beyond the opt-outs above.' },
  },
  EU: {
    broad: { value: 1, source: 'tiktok-eu-minors-2023', why: 'Non-personalised ads reach everyone, minors included.' },
    interests: {
      value: 0.5,
      source: 'gdpr-consent-studies',
      why: 'Personalised ads need consent under GDPR; 50–70% refuse when refusing is easy.',
    },
    offApp: {
      value: 0.2,
      source: 'gdpr-consent-studies',
      why: 'Needs consent both in TikTok and on the advertiser’s site, plus iOS tracking consent.',
    },
    crossApp: { value: 0, source: 'tiktok-pangle-locations', why: 'Pangle and the App Bundle do not deliver in the EU/EEA.' },
    minors: { value: 0, source: 'dsa-art-28', why: 'No profiling ads to minors (DSA Art. 28; TikTok since Jul 2023).' },
    partnerData: {
      value: 0.5,
      source: 'gdpr-consent-studies',
      why: 'Off-app data needs the same GDPR consent as personalised ads (counted once with it).',
    },
    attTikTok: { value: 0.3, source: 'att-flurry-appsflyer', why: 'About 30% of iOS users allow tracking in social apps.' },
    attPublisher: { value: 0.45, source: 'tiktok-pangle-locations', why: 'Unused: Pangle does not deliver in the EU/EEA.' },
    advertiserConsent: { value: 0.5, source: 'gdpr-consent-studies', why: 'Cookie banners: 50–70% reject when rejecting is one click.' },
    identityConsent: { value: 1, source: 'adwright-model', why: 'GDPR consent is counted above; no separate identity rule.' },
  },
}

/** Per-market partial overrides, as stored in Settings for one advertiser. */
export type ConsentOverrides = Partial<Record<EstimatedMarket, Partial<ConsentParameters>>>

export interface ResolvedConsentValue extends ConsentValue {
  /** True when the advertiser's override replaced the default. */
  overridden: boolean
  defaultValue: number
}

export type ResolvedConsent = Record<ConsentKey, ResolvedConsentValue>

function resolve(market: EstimatedMarket, own: Partial<ConsentParameters>): ResolvedConsent {
  const out = {} as ResolvedConsent
  for (const key of CONSENT_KEYS) {
    const d = DEFAULT_CONSENT[market][key]
    const o = own[key]
    out[key] = o === undefined ? { ...d, overridden: false, defaultValue: d.value } : { ...d, value: o, overridden: true, defaultValue: d.value }
  }
  return out
}

// Most estimates use the defaults: resolve them once.
const DEFAULTS = { EAST_ASIA_TEST: resolve('EAST_ASIA_TEST', {}), US: resolve('US', {}), EU: resolve('EU', {}) }

export function resolveConsent(market: EstimatedMarket, overrides: ConsentOverrides = {}): ResolvedConsent {
  const own = overrides[market]
  return own && Object.keys(own).length ? resolve(market, own) : DEFAULTS[market]
}
