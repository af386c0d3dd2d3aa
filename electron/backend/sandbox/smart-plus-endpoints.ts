/** The Upgraded Smart+ paths the sandbox serves, spelled out as TikTok documents them ([SDK] yml_files/smart_plus_*.yml). */
import type { Handler } from './handler-kit'
import { SMART_PLUS_WRITE_HANDLERS as W } from './smart-plus-routes'
import { SMART_PLUS_STATUS_GET_HANDLERS as S } from './smart-plus-status-get'
import { MATERIAL_REPORT_ROUTES } from './material-report-route'

const post = (handler: Handler) => ({ method: 'POST' as const, handler, write: true })
const get = (handler: Handler) => ({ method: 'GET' as const, handler, write: false })

export const SMART_PLUS_ROUTES: Record<string, { method: 'GET' | 'POST'; handler: Handler; write: boolean }> = {
  '/smart_plus/campaign/create/': post(W.createCampaign),
  '/smart_plus/campaign/update/': post(W.updateCampaign),
  '/smart_plus/campaign/status/update/': post(S.campaignStatus),
  '/smart_plus/campaign/get/': get(S.campaignGet),
  '/smart_plus/adgroup/create/': post(W.createAdGroup),
  '/smart_plus/adgroup/update/': post(W.updateAdGroup),
  '/smart_plus/adgroup/status/update/': post(S.adgroupStatus),
  '/smart_plus/adgroup/get/': get(S.adgroupGet),
  '/smart_plus/ad/create/': post(W.createAd),
  '/smart_plus/ad/update/': post(W.updateAd),
  '/smart_plus/ad/status/update/': post(S.adStatus),
  '/smart_plus/ad/get/': get(S.adGet),
  ...MATERIAL_REPORT_ROUTES,
}
