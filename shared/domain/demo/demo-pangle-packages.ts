/**
 * The Pangle audience packages the embedded sandbox offers every advertiser, and so the demo account's cached list.
 * TikTok does not publish which packages an account sees; one of each `bind_type` lets both of an ad group's package
 * fields be used (pangle_audience_package_get.yml; notes tiktok-api-2026.md §4). Names are invented.
 */
import type { PanglePackage } from '../../audiences/schemas'

export const DEMO_PANGLE_PACKAGES: readonly PanglePackage[] = [
  { package_id: '7100000000000000001', package_name: 'Sandbox: game players (Pangle)', bind_type: 'INCLUDE' },
  { package_id: '7100000000000000002', package_name: 'Sandbox: recent installers (Pangle)', bind_type: 'EXCLUDE' },
]
