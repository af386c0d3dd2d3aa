import type { Ad } from '#shared/domain/entities'
import { signatureOfRef } from '#shared/creatives/creative-ref'
import { AD_TEXT_LIMIT, cutToWeightedLength } from '#shared/domain/limits'
import { mediaUrl, useCreativesStore } from '../creatives/use-creatives-store'
import { enumLabel } from './labels'
import { useProfileStore } from './use-profile-store'

/** The library creative a field value names (by reference or by its TikTok id), if it is in the library. */
function useLibraryCreative(value: string | undefined) {
  return useCreativesStore((s) => (value ? s.creatives.find((c) => signatureOfRef(value) === c.signature || c.tiktokId === value) : undefined))
}

/**
 * The ad as it shows in TikTok's For You feed: a 9:16 frame with the creative
 * playing from the local file, the identity's avatar and name, the ad text cut
 * where TikTok's limit cuts it, "Sponsored" and the call-to-action button.
 * Drawn from the editor's values, so it follows every saved edit at once.
 */
export function AdPreview({ ad, advertiserId }: { ad: Ad; advertiserId: string }) {
  const identity = useProfileStore((s) => s.profile.identities.find((i) => i.identity_id === ad.identity_id && i.identity_type === ad.identity_type))
  const video = useLibraryCreative(ad.video_id)
  const image = useLibraryCreative(ad.image_ids[0])
  const creative = ad.ad_format === 'SINGLE_VIDEO' ? video : image
  const name = (ad.identity_type === 'CUSTOMIZED_USER' ? ad.display_name : identity?.display_name) || ad.display_name || 'Your brand'
  const text = cutToWeightedLength(ad.ad_text.trim(), AD_TEXT_LIMIT)
  const src = creative && creative.sourceState !== 'missing' ? mediaUrl(advertiserId, creative.signature) : null
  return (
    <figure className="ad-preview" aria-label="In-feed preview">
      <div className="ad-preview-frame">
        {src && creative?.facts.kind === 'video' && <video className="ad-preview-media" src={src} autoPlay muted loop playsInline />}
        {src && creative?.facts.kind === 'image' && <img className="ad-preview-media" src={src} alt="" />}
        {!src && <p className="ad-preview-empty">{creative ? 'The file was moved or deleted' : 'Pick a creative from the library to see it here'}</p>}
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
            {enumLabel(ad.call_to_action)}
          </span>
        </div>
      </div>
      <figcaption className="hint">TikTok in-feed, 9:16{text.cut ? ` · the ad text is cut after ${AD_TEXT_LIMIT} characters` : ''}</figcaption>
    </figure>
  )
}
