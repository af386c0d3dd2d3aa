import { useState } from 'react'
import type { SmartPlusAd } from '#shared/domain/smart-plus/index'
import { PlacementPreviews } from './PlacementPreviews'
import { useAccountStore } from './use-account-store'
import { enumLabel } from './labels'

/**
 * One preview per creative of a Smart+ ad, on each placement of its ad group: TikTok combines each creative with the texts and calls to action
 * itself (notes tiktok-api-2026.md §2), so the buyer picks which text to see them with. A dynamic CTA is TikTok's
 * choice at delivery; the button says so.
 */
export function SmartPlusPreviews({ ad, advertiserId }: { ad: SmartPlusAd; advertiserId: string }) {
  const [textAt, setTextAt] = useState(0)
  const adgroup = useAccountStore((s) => s.smartPlusAdgroups.get(ad.adgroup_id))
  const texts = ad.ad_text_list
  const text = texts[Math.min(textAt, texts.length - 1)]?.ad_text ?? ''
  const first = ad.call_to_action_list[0]?.call_to_action
  const cta = first ? enumLabel(first) : ad.ad_configuration?.call_to_action_id ? 'Dynamic call to action' : 'Learn more'
  if (ad.creative_list.length === 0) return null
  return (
    <section className="editor-section" aria-labelledby="sp-previews-h">
      <div className="sp-list-head">
        <h4 id="sp-previews-h">Previews</h4>
        {texts.length > 1 && (
          <label className="sp-preview-text">
            With text{' '}
            <select value={Math.min(textAt, texts.length - 1)} onChange={(e) => setTextAt(Number(e.currentTarget.value))}>
              {texts.map((t, i) => (
                <option key={i} value={i}>
                  {i + 1}: {t.ad_text.slice(0, 40)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <PlacementPreviews
        className="sp-previews"
        adgroup={adgroup}
        previews={ad.creative_list.map(({ creative_info: c }, i) => ({
          label: `Creative ${i + 1}`,
          advertiserId,
          format: c.ad_format,
          videoId: c.video_info?.video_id,
          imageId: c.image_info?.[0]?.web_uri,
          tiktokItemId: c.tiktok_item_id,
          identity: c,
          text,
          cta,
        }))}
      />
    </section>
  )
}
