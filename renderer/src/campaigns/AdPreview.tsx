import type { Ad } from '#shared/domain/entities'
import { AD_TEXT_LIMIT } from '#shared/domain/limits'
import { enumLabel } from './labels'
import { PlacementPreviews } from './PlacementPreviews'
import { PreviewByline, PreviewMedia, usePreviewContent, type AdPreviewContent } from './preview-content'
import { useAccountStore } from './use-account-store'

/**
 * An ad as it shows in TikTok's For You feed: a 9:16 frame with the creative
 * playing from the local file, the identity's avatar and name, the ad text cut
 * where TikTok's limit cuts it, "Sponsored" and the call-to-action button.
 * Drawn from the editor's values, so it follows every saved edit at once.
 */
export function FeedPreview(p: AdPreviewContent) {
  const content = usePreviewContent(p)
  const { text } = content
  return (
    <figure className="ad-preview" aria-label={p.label ? `${p.label}, TikTok in-feed preview` : 'In-feed preview'}>
      <div className="ad-preview-frame">
        <PreviewMedia content={content} />
        <div className="ad-preview-overlay">
          <PreviewByline content={content} />
          <p className="ad-preview-sponsored">Sponsored</p>
          <span className="ad-preview-cta" data-testid="preview-cta">
            {p.cta}
          </span>
        </div>
      </div>
      <figcaption className="hint">
        {p.label ? `${p.label} · ` : ''}TikTok in-feed, 9:16{text.cut ? ` · the ad text is cut after ${AD_TEXT_LIMIT} characters` : ''}
      </figcaption>
    </figure>
  )
}

/** A manual ad's preview, on each placement its ad group shows on. */
export function AdPreview({ ad, advertiserId }: { ad: Ad; advertiserId: string }) {
  const adgroup = useAccountStore((s) => s.adgroups.get(ad.adgroup_id))
  return (
    <PlacementPreviews
      adgroup={adgroup}
      previews={[
        {
          advertiserId,
          format: ad.ad_format,
          videoId: ad.video_id,
          imageId: ad.image_ids[0],
          tiktokItemId: ad.tiktok_item_id,
          identity: ad,
          text: ad.ad_text,
          cta: enumLabel(ad.call_to_action),
        },
      ]}
    />
  )
}
