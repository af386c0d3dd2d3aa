import type { Ad } from '#shared/domain/entities'
import type { IdentityType } from '#shared/domain/enums'
import { signatureOfRef } from '#shared/creatives/creative-ref'
import { AD_TEXT_LIMIT, cutToWeightedLength } from '#shared/domain/limits'
import { sparkPostKey } from '#shared/domain/spark-posts'
import { mediaUrl, useCreativesStore } from '../creatives/use-creatives-store'
import { enumLabel } from './labels'
import { useProfileStore } from './use-profile-store'

/** The library creative a field value names (by reference or by its TikTok id), if it is in the library. */
function useLibraryCreative(value: string | undefined) {
  return useCreativesStore((s) => (value ? s.creatives.find((c) => signatureOfRef(value) === c.signature || c.tiktokId === value) : undefined))
}

/** What one in-feed preview shows: the media by field value, who posts it, the text and the button. */
export interface FeedPreviewProps {
  advertiserId: string
  format: string
  videoId?: string
  imageId?: string
  /** A Spark "pull" ad's TikTok post (`tiktok_item_id`), shown by its cached caption (SparkPostPicker.tsx). */
  tiktokItemId?: string
  identity: { identity_type?: IdentityType; identity_id?: string; display_name?: string }
  text: string
  cta: string
  label?: string
}

/**
 * An ad as it shows in TikTok's For You feed: a 9:16 frame with the creative
 * playing from the local file, the identity's avatar and name, the ad text cut
 * where TikTok's limit cuts it, "Sponsored" and the call-to-action button.
 * Drawn from the editor's values, so it follows every saved edit at once.
 */
export function FeedPreview(p: FeedPreviewProps) {
  const { identity: who } = p
  const identity = useProfileStore((s) =>
    s.profile.identities.find((i) => i.identity_id === who.identity_id && i.identity_type === who.identity_type),
  )
  // A Spark "pull" ad shows its TikTok post as posted; the cached caption says which.
  const post = useProfileStore((s) =>
    p.tiktokItemId && who.identity_type
      ? s.profile.sparkPosts[sparkPostKey({ identity_type: who.identity_type, identity_id: who.identity_id ?? '' })]?.find(
          (x) => x.item_id === p.tiktokItemId,
        )
      : undefined,
  )
  const video = useLibraryCreative(p.videoId)
  const image = useLibraryCreative(p.imageId)
  const creative = p.format === 'SINGLE_VIDEO' ? video : image
  const name = (who.identity_type === 'CUSTOMIZED_USER' ? who.display_name : identity?.display_name) || who.display_name || 'Your brand'
  const text = cutToWeightedLength(p.text.trim(), AD_TEXT_LIMIT)
  const src = creative && creative.sourceState !== 'missing' ? mediaUrl(p.advertiserId, creative.signature) : null
  return (
    <figure className="ad-preview" aria-label={p.label ?? 'In-feed preview'}>
      <div className="ad-preview-frame">
        {src && creative?.facts.kind === 'video' && <video className="ad-preview-media" src={src} autoPlay muted loop playsInline />}
        {src && creative?.facts.kind === 'image' && <img className="ad-preview-media" src={src} alt="" />}
        {!src && (
          <p className="ad-preview-empty">
            {p.tiktokItemId && p.format === 'SINGLE_VIDEO'
              ? `Shows the TikTok post ${post?.text ? `“${post.text}”` : p.tiktokItemId} as posted`
              : creative
                ? 'The file was moved or deleted'
                : p.videoId || p.imageId
                  ? 'On TikTok, not in this library'
                  : 'Pick a creative from the library to see it here'}
          </p>
        )}
        <div className="ad-preview-overlay">
          <p className="ad-preview-identity">
            {/* Initials, not the remote profile picture: the app loads nothing from the network. */}
            <span className="ad-preview-avatar" aria-hidden="true">
              {name.trim().charAt(0).toUpperCase()}
            </span>
            <strong data-testid="preview-name">{name}</strong>
          </p>
          <p className="ad-preview-text" data-testid="preview-text">
            {text.shown}
            {text.cut && <span aria-label="cut off here">…</span>}
          </p>
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

/** A manual ad's preview. */
export function AdPreview({ ad, advertiserId }: { ad: Ad; advertiserId: string }) {
  return (
    <FeedPreview
      advertiserId={advertiserId}
      format={ad.ad_format}
      videoId={ad.video_id}
      imageId={ad.image_ids[0]}
      tiktokItemId={ad.tiktok_item_id}
      identity={ad}
      text={ad.ad_text}
      cta={enumLabel(ad.call_to_action)}
    />
  )
}
