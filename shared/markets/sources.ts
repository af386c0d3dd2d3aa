/**
 * Every number and rule in the reach model cites one of these. A figure Adwright
 * had to assume (no published number exists) cites `adwright-model` and says so,
 * so a media buyer can tell a published fact from our estimate.
 */
export interface Source {
  /** Short name shown in the UI and CLI. */
  name: string
  /** Where to check it; '' for Adwright's own model. */
  url: string
}

export const SOURCES = {
  'adwright-model': { name: 'Adwright estimate (no published figure)', url: '' },
  'tiktok-personalised-ads-2021': {
    name: 'Engadget, Mar 2021: TikTok makes in-app personalised ads mandatory outside the EU',
    url: 'https://www.engadget.com/tiktok-personalized-ads-april-15-183027465.html',
  },
  'tiktok-pangle-locations': {
    name: 'TikTok Ads help: available locations for Pangle ads (Nov 2025)',
    url: 'https://ads.tiktok.com/help/article/available-locations-for-pangle-ads',
  },
  'tiktok-gab-locations': {
    name: 'TikTok Marketing API v1.3, ad group create: Global App Bundle locations',
    url: 'https://business-api.tiktok.com/portal/docs?id=1739499616346114',
  },
  'tiktok-actions-placement': {
    name: 'TikTok Marketing API v1.3, ad group create: actions need TikTok as the only placement',
    url: 'https://business-api.tiktok.com/portal/docs?id=1739499616346114',
  },
  'tiktok-audience-size': {
    name: 'TikTok Marketing API v1.3, /ad/audience_size/estimate/ (user_count_stage)',
    url: 'https://business-api.tiktok.com/portal/docs?id=1740302379236353',
  },
  'tiktok-eu-minors-2023': {
    name: 'TikTok, Jun–Aug 2023: no personalised ads for 13–17 in the EEA, UK and CH',
    url: 'https://ads.tiktok.com/business/fi-FI/blog/privacy-updates-improved-data-control-transparency-tools',
  },
  'tiktok-us-minors-2024': {
    name: 'MediaPost 397466 (2024): US 13–17 reachable only by location, language and device',
    url: 'https://www.mediapost.com/publications/article/397466/',
  },
  'dsa-art-26': {
    name: 'EU Digital Services Act Art. 26(3): no profiling ads using special-category data',
    url: 'https://overview.legal/laws/dsa/art-26',
  },
  'dsa-art-28': {
    name: 'EU Digital Services Act Art. 28(2): no profiling ads to minors',
    url: 'https://eur-lex.europa.eu/eli/reg/2022/2065/oj',
  },
  'gdpr-consent-studies': {
    name: 'Cookie-consent studies: 50–70% reject with a fair button (arXiv 2402.18321, 2024; review 2025)',
    url: 'https://arxiv.org/html/2402.18321v1',
  },
  'att-flurry-appsflyer': {
    name: 'Flurry (2021) and AppsFlyer (2022): iOS ATT opt-in rates',
    url: 'https://www.marketingcharts.com/customer-centric/privacy-and-security-225814',
  },
  'statcounter-ios-2025': {
    name: 'StatCounter 2025: iOS share of smartphones (US, JP, UK, DK, SE)',
    url: 'https://gs.statcounter.com/os-market-share/mobile/',
  },
  'gallup-korea-2023': {
    name: 'Gallup Korea 2023 via Korea Herald: iPhone use among adults',
    url: 'https://www.koreaherald.com/',
  },
  'statista-de-ios': { name: 'Statista (~2022): iOS share in Germany', url: 'https://www.statista.com/' },
  'datareportal-tiktok-reach': {
    name: 'DataReportal / Statista: TikTok ad reach (18+) by country, 2023–2025',
    url: 'https://datareportal.com/reports/digital-2022-tiktok-headlines',
  },
  'tiktok-dsa-mau': {
    name: 'TikTok DSA transparency report: 150M monthly EU users (Aug 2024)',
    url: 'https://www.tiktok.com/transparency/',
  },
  'japan-ads-manager-2021': {
    name: 'Agency report, Jul 2021: ~13M adults in TikTok Ads Manager, Japan',
    url: 'https://8en.jp/tiktok/tiktok2021data',
  },
  'datareportal-age-gender-2025': {
    name: 'DataReportal, Feb 2025: TikTok global ad audience by age and gender',
    url: 'https://datareportal.com/social-media-users',
  },
  'korea-pipc-2024': {
    name: 'Korea PIPC policy, 31 Jan 2024: identity-linked behavioural data needs prior consent',
    url: 'https://www.koreabizwire.com/',
  },
  'ccpa-opt-out': {
    name: 'CCPA/CPRA opt-out of sharing; opt-out rates reported very low (2022)',
    url: 'https://compliancewiki.org/',
  },
  'tiktok-teens-outside-eu-2023': {
    name: 'musically.com, 7 Aug 2023: outside the EU TikTok keeps personalised ads for teens',
    url: 'https://musically.com/',
  },
  'tiktok-ldu-2023': {
    name: 'TikTok, 28 Jun 2023: Limited Data Use for the Pixel and Events API (US state privacy laws)',
    url: 'https://ads.tiktok.com/business/fi-FI/blog/privacy-updates-improved-data-control-transparency-tools',
  },
  'meta-ldu-states': {
    name: 'Meta data processing options (2023): US states with Limited Data Use (CA, CO, CT, DE, FL, MT, NE, NH, NJ, OR, TX)',
    url: 'https://developers.facebook.com/docs/meta-pixel/implementation/data-processing-options',
  },
  'tiktok-teens-off-app': {
    name: 'TikTok, 2023–24: no ads from off-TikTok data for teens (US 13–17; EEA, UK, CH 13–17)',
    url: 'https://ads.tiktok.com/business/fi-FI/blog/privacy-updates-improved-data-control-transparency-tools',
  },
  'tiktok-custom-audience-api': {
    name: 'TikTok Marketing API v1.3, /dmp/custom_audience/* (SDK yml_files/dmp_custom_audience_*.yml)',
    url: 'https://business-api.tiktok.com/portal/docs?id=1739940567842818',
  },
  'tiktok-pangle-audience-package': {
    name: 'TikTok Marketing API v1.3, /pangle_audience_package/get/: packages apply to the Pangle placement only',
    url: 'https://business-api.tiktok.com/portal/docs?id=1740040177229826',
  },
  'tiktok-customer-file-format': {
    name: 'TikTok Ads help: supported IDs and formats for a customer file (2025)',
    url: 'https://ads.tiktok.com/help/article/list-of-supported-ids-and-formats-for-a-customer-file',
  },
  'tiktok-audience-minimum-size': {
    name: 'Amperity, TikTok Ads destination: a custom audience needs at least 1,000 matched members (third-party; TikTok publishes no API limit)',
    url: 'https://docs.amperity.com/datagrid/destination_tiktok_ads.html',
  },
} as const satisfies Record<string, Source>

export type SourceId = keyof typeof SOURCES

export function sourceText(id: SourceId): string {
  const s: Source = SOURCES[id]
  return s.url ? `${s.name} — ${s.url}` : s.name
}
