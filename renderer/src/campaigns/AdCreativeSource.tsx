import { useState } from 'react'
import type { Ad } from '#shared/domain/entities'
import { isSparkIdentity } from '#shared/domain/identities'
import type { Problem } from '#shared/domain/problems'
import { CreativePicker } from './CreativePicker'
import { SparkPostPicker } from './SparkPostPicker'

type Source = 'video' | 'post'

/**
 * What a manual ad shows: media from the library, or — for a SINGLE_VIDEO ad posting as a Spark identity — one of
 * that TikTok account's posts (a Spark "pull" ad, `tiktok_item_id`). Choosing one source clears the other in the same
 * undo step, so an ad never names both a video and a post. An ad that already names a post stays on "post" even with
 * another identity, so the problem on it can be seen and fixed.
 */
export function AdCreativeSource({
  ad,
  advertiserId,
  of,
  save,
  saveFields,
}: {
  ad: Ad
  advertiserId: string
  of(field: string): Problem[]
  /** One field, an emptied one cleared (use-entity-editing.ts). */
  save(field: string, value: unknown, label: string): unknown
  /** Several fields in one undo step; null clears one (editor-commands.ts saveField). */
  saveFields(fields: Record<string, unknown>, label: string): unknown
}) {
  const offersPost = ad.ad_format === 'SINGLE_VIDEO' && ((isSparkIdentity(ad.identity_type) && !!ad.identity_id) || !!ad.tiktok_item_id)
  const [chosen, setChosen] = useState<Source>(ad.tiktok_item_id ? 'post' : 'video')
  // A source that gains a value (a pick, or an undo bringing one back) is shown; a cleared one leaves the choice as is,
  // so the radio follows the click at once, before the store has the cleared field.
  const [seen, setSeen] = useState({ post: ad.tiktok_item_id, video: ad.video_id })
  if (seen.post !== ad.tiktok_item_id || seen.video !== ad.video_id) {
    setSeen({ post: ad.tiktok_item_id, video: ad.video_id })
    if (ad.tiktok_item_id && ad.tiktok_item_id !== seen.post) setChosen('post')
    else if (ad.video_id && ad.video_id !== seen.video) setChosen('video')
  }
  const source: Source = offersPost ? chosen : 'video'
  const choose = (next: Source) => {
    setChosen(next)
    if (next === 'post' && ad.video_id) void saveFields({ video_id: null }, 'Creative')
    if (next === 'video' && ad.tiktok_item_id) void saveFields({ tiktok_item_id: null }, 'Creative')
  }
  const videoPicker = (
    <CreativePicker
      ad={ad}
      advertiserId={advertiserId}
      problems={{ video: of('video_id'), images: of('image_ids') }}
      onPick={(fields, label) => Object.entries(fields).map(([f, v]) => save(f, v, label))}
    />
  )
  if (!offersPost) return videoPicker
  return (
    <div>
      <fieldset className="creative-source">
        <legend className="visually-hidden">What the ad shows</legend>
        <label>
          <input type="radio" name={`creative-source-${ad.ad_id}`} checked={source === 'video'} onChange={() => choose('video')} /> Use a video
        </label>
        <label>
          <input type="radio" name={`creative-source-${ad.ad_id}`} checked={source === 'post'} onChange={() => choose('post')} /> Use a TikTok post
        </label>
      </fieldset>
      {source === 'video' ? (
        videoPicker
      ) : (
        <SparkPostPicker
          identity={{ identity_type: ad.identity_type, identity_id: ad.identity_id ?? '' }}
          value={ad.tiktok_item_id}
          // A post replaces any video: the ad promotes the post as it is on TikTok.
          onPick={(itemId) => saveFields(itemId ? { tiktok_item_id: itemId, video_id: null } : { tiktok_item_id: null }, 'TikTok post')}
          problems={[...of('tiktok_item_id'), ...of('video_id')]}
        />
      )}
    </div>
  )
}
