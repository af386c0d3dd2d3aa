/**
 * The demo advertiser's starting account on the sandbox: the one demo account
 * (shared/domain/demo, which also seeds a new user's local store), stored as
 * TikTok would hold it, and its pixels. Created "45 days ago" so reports have
 * history. The demo data is pure shared data, not the client's request code, so
 * the sandbox still models TikTok on its own.
 */
import { createHash } from 'node:crypto'
import { DEMO_ADVERTISERS } from '#shared/domain/demo-account'
import { createDemoAccount, DEMO_PIXELS } from '#shared/domain/demo/index'
import { secondaryStatus } from './entity-routes'
import { materialsOf } from './material-store'
import { apiTime, type Kind, type SandboxState, type StoredObject } from './sandbox-state'

export const DEMO_ADVERTISER_ID = DEMO_ADVERTISERS[0]!.advertiser_id
const HISTORY_DAYS = 45

/** How a seeded ad group delivers: daily budget from its start, optimising purchases on the shop's pixel. */
export function webSalesDelivery(created: string, pixelId: string | undefined) {
  return {
    budget_mode: 'BUDGET_MODE_DAY',
    schedule_type: 'SCHEDULE_FROM_NOW',
    schedule_start_time: created,
    // Web conversions on the shop's site: TikTok stores what each ad group promotes (notes tiktok-api-2026.md §3).
    promotion_type: 'WEBSITE',
    optimization_goal: 'CONVERT',
    billing_event: 'OCPM',
    bid_type: 'BID_TYPE_NO_BID',
    pacing: 'PACING_MODE_SMOOTH',
    pixel_id: pixelId,
    optimization_event: 'SHOPPING',
    secondary_status: 'ADGROUP_STATUS_DELIVERY_OK',
  }
}

export function seedDemoAccount(state: SandboxState, now: number) {
  const advertiser_id = DEMO_ADVERTISER_ID
  const created = apiTime(now - HISTORY_DAYS * 86_400_000)
  DEMO_PIXELS.forEach(({ pixel_id, pixel_name }, i) => {
    state.data.pixels.push({
      advertiser_id,
      pixel_id,
      pixel_code: `CNW${String(i + 1).padStart(3, '0')}DEMO${pixel_id.slice(-6)}`,
      pixel_name,
      create_time: created,
      events: [
        { event_type: 'ViewContent', optimization_event: 'ON_WEB_DETAIL', event_code: 'ViewContent', statistic_type: 'EVERY_TIME' },
        { event_type: 'AddToCart', optimization_event: 'ON_WEB_CART', event_code: 'AddToCart', statistic_type: 'EVERY_TIME' },
        { event_type: 'Purchase', optimization_event: 'SHOPPING', event_code: 'CompletePayment', statistic_type: 'EVERY_TIME' },
      ],
    })
  })

  const account = createDemoAccount(advertiser_id, new Date(now))
  // An ad names its campaign as well as its ad group on TikTok ([SDK] ad_get.yml list fields).
  const campaignOfGroup = new Map(account.adgroups.map((g) => [g.adgroup_id, g.campaign_id]))
  // The demo holds manual objects only; TikTok stores them under its three kinds.
  const lists: Array<[Kind, ReadonlyArray<Record<string, unknown> & { operation_status?: 'ENABLE' | 'DISABLE' }>]> = [
    ['campaign', account.campaigns],
    ['adgroup', account.adgroups],
    ['ad', account.ads],
  ]
  for (const [kind, list] of lists)
    for (const e of list) {
      const object: StoredObject = {
        ...e,
        advertiser_id,
        ...(kind === 'ad' ? { campaign_id: campaignOfGroup.get(String(e.adgroup_id)) } : {}),
        // As the create handlers stamp them (entity-routes.ts): a status per kind, times in TikTok's format.
        secondary_status: secondaryStatus(kind, e.operation_status ?? 'ENABLE'),
        create_time: created,
        modify_time: created,
      }
      state.put(kind, object)
    }
  seedDemoMaterials(state, account.ads, created)
}

/**
 * The videos and images the demo ads already run with, in the advertiser's asset library as if uploaded when the
 * account was made, so a pull lists them and caches their covers (`/file/video/ad/search/`, `/file/image/ad/info/`).
 * The figures are those of a 1080×1920 in-feed file (notes tiktok-api-2026.md §5); the signatures stand in for the
 * MD5 of files that exist only on "TikTok".
 */
function seedDemoMaterials(
  state: SandboxState,
  ads: ReadonlyArray<{ ad_name: string; video_id?: string; image_ids: readonly string[] }>,
  created: string,
) {
  const materials = materialsOf(state)
  const signature = (id: string) => createHash('md5').update(id).digest('hex')
  ads.forEach((ad, i) => {
    const material_id = String(7312000000000000000n + BigInt(i))
    if (ad.video_id && !materials.videos[ad.video_id])
      materials.videos[ad.video_id] = {
        advertiser_id: DEMO_ADVERTISER_ID,
        video_id: ad.video_id,
        material_id,
        file_name: `${ad.ad_name}.mp4`,
        signature: signature(ad.video_id),
        width: 1080,
        height: 1920,
        duration: 15,
        bit_rate: 2_500_000,
        format: 'mp4',
        size: 4_700_000,
        video_cover_url: '',
        preview_url: '',
        allowed_placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE', 'PLACEMENT_GLOBAL_APP_BUNDLE'],
        displayable: true,
        flaw_types: [],
        create_time: created,
      }
    for (const image_id of ad.image_ids)
      materials.images[image_id] ??= {
        advertiser_id: DEMO_ADVERTISER_ID,
        image_id,
        material_id,
        file_name: `${ad.ad_name}.jpg`,
        signature: signature(image_id),
        width: 1080,
        height: 1920,
        format: 'jpeg',
        size: 420_000,
        image_url: '',
        is_carousel_usable: true,
        create_time: created,
      }
  })
}
