/**
 * Where each kind of ad holds its media. A manual ad names one video (`video_id`) and images (`image_ids`); an
 * Upgraded Smart+ ad names them per creative, as `creative_info.video_info.video_id` and `image_info[].web_uri`
 * (notes tiktok-api-2026.md §2; §4: "Image ids are `image_ids` (manual) or `web_uri` (Smart+)"). Each such value is
 * a TikTok id or a library reference (./creative-ref.ts). The library's usage counts, the spec checks and the
 * upload step read and rewrite media through this one module, so a new place for media is added once.
 */
import type { Ad } from '#shared/domain/entities'
import type { SmartPlusAd } from '#shared/domain/smart-plus/index'

/** One media value of an ad: the field it sits in (as problems name it), the value, and the kind of file it takes. */
export interface MediaSlot {
  field: string
  value: string
  want: 'video' | 'image'
}

export type MediaEntityKind = 'ad' | 'smart_plus_ad'

export const isMediaKind = (kind: string): kind is MediaEntityKind => kind === 'ad' || kind === 'smart_plus_ad'

/** A manual ad's media: a video ad's images are its cover, so they are images either way. */
export function adMediaSlots(ad: Pick<Ad, 'video_id' | 'image_ids'>): MediaSlot[] {
  return [
    ...(ad.video_id ? [{ field: 'video_id', value: ad.video_id, want: 'video' as const }] : []),
    ...ad.image_ids.map((value) => ({ field: 'image_ids', value, want: 'image' as const })),
  ]
}

/** A Smart+ ad's media, creative by creative; a Spark post (`tiktok_item_id`) is not a library file. */
export function smartPlusMediaSlots(ad: Pick<SmartPlusAd, 'creative_list'>): MediaSlot[] {
  return ad.creative_list.flatMap(({ creative_info: c }, i) => {
    const at = `creative_list[${i}].creative_info`
    return [
      ...(c.video_info?.video_id ? [{ field: `${at}.video_info`, value: c.video_info.video_id, want: 'video' as const }] : []),
      ...(c.image_info ?? []).map((x) => ({ field: `${at}.image_info`, value: x.web_uri, want: 'image' as const })),
    ]
  })
}

export function mediaSlotsOf(kind: MediaEntityKind, entity: unknown): MediaSlot[] {
  return kind === 'ad' ? adMediaSlots(entity as Ad) : smartPlusMediaSlots(entity as SmartPlusAd)
}

/** The fields to patch so every media value of the ad is `resolve(value)` (a library reference becomes TikTok's id). */
export function resolvedMedia(kind: MediaEntityKind, entity: unknown, resolve: (value: string) => string): Record<string, unknown> {
  if (kind === 'ad') {
    const ad = entity as Ad
    return { ...(ad.video_id ? { video_id: resolve(ad.video_id) } : {}), image_ids: ad.image_ids.map(resolve) }
  }
  const ad = entity as SmartPlusAd
  return {
    creative_list: ad.creative_list.map((c) => {
      const { video_info, image_info } = c.creative_info
      return {
        ...c,
        creative_info: {
          ...c.creative_info,
          ...(video_info ? { video_info: { ...video_info, video_id: resolve(video_info.video_id) } } : {}),
          ...(image_info ? { image_info: image_info.map((x) => ({ web_uri: resolve(x.web_uri) })) } : {}),
        },
      }
    }),
  }
}
