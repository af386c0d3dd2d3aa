import type { IdentityType } from '#shared/domain/enums'
import { signatureOfRef } from '#shared/creatives/creative-ref'
import { AD_TEXT_LIMIT, cutToWeightedLength } from '#shared/domain/limits'
import { sparkPostKey } from '#shared/domain/spark-posts'
import { mediaUrl, useCreativesStore } from '../creatives/use-creatives-store'
import { useProfileStore } from './use-profile-store'
import { useTikTokMediaStore } from '../creatives/use-tiktok-media-store'

/** What one ad preview shows: the media by field value, who posts it, the text and the button. */
export interface AdPreviewContent {
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

/** The library creative a field value names (by reference or by its TikTok id), if it is in the library. */
function useLibraryCreative(value: string | undefined) {
  return useCreativesStore((s) => (value ? s.creatives.find((c) => signatureOfRef(value) === c.signature || c.tiktokId === value) : undefined))
}

/**
 * What every placement's preview draws from the editor's values: the library creative and its local file, the name
 * the ad posts as, the ad text cut where TikTok's limit cuts it, and what to say when there is no file to show.
 */
export function usePreviewContent(p: AdPreviewContent) {
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
  // A video or image already on TikTok and not in the library shows its cached cover.
  const onTikTokId = creative ? undefined : p.format === 'SINGLE_VIDEO' ? p.videoId : p.imageId
  const coverKey = useTikTokMediaStore((s) =>
    !onTikTokId
      ? undefined
      : p.format === 'SINGLE_VIDEO'
        ? s.media.videos.find((v) => v.video_id === onTikTokId)?.coverKey
        : s.media.images.find((i) => i.image_id === onTikTokId)?.coverKey,
  )
  // A Spark post shows its cover as the pull copied it.
  const postCover = p.tiktokItemId && p.format === 'SINGLE_VIDEO' ? post?.coverKey : undefined
  const cover = postCover || coverKey ? mediaUrl(p.advertiserId, (postCover ?? coverKey)!, 'cover') : null
  const coverNote = postCover ? 'Cover · the TikTok post runs as posted' : 'Cover · the file is on TikTok'
  const empty =
    p.tiktokItemId && p.format === 'SINGLE_VIDEO'
      ? `Shows the TikTok post ${post?.text ? `“${post.text}”` : p.tiktokItemId} as posted`
      : creative
        ? 'The file was moved or deleted'
        : p.videoId || p.imageId
          ? 'On TikTok, not in this library'
          : 'Pick a creative from the library to see it here'
  return { creative, src, cover, coverNote, name, text, empty }
}

/** The creative itself, playing from the local file, or what stands in for it. */
export function PreviewMedia({ content }: { content: ReturnType<typeof usePreviewContent> }) {
  const { creative, src, cover, coverNote, empty } = content
  if (!src && cover)
    return (
      <>
        <img className="ad-preview-media" src={cover} alt="" />
        <p className="ad-preview-cover-note">{coverNote}</p>
      </>
    )
  if (!src) return <p className="ad-preview-empty">{empty}</p>
  return creative?.facts.kind === 'video' ? (
    <video className="ad-preview-media" src={src} autoPlay muted loop playsInline />
  ) : (
    <img className="ad-preview-media" src={src} alt="" />
  )
}

/** Initials, not the remote profile picture: the app loads nothing from the network. */
function Avatar({ name }: { name: string }) {
  return (
    <span className="ad-preview-avatar" aria-hidden="true">
      {name.trim().charAt(0).toUpperCase()}
    </span>
  )
}

/** Who posts the ad and its text, cut where TikTok's limit cuts it: the same lines on every placement's preview. */
export function PreviewByline({ content, textClass }: { content: ReturnType<typeof usePreviewContent>; textClass?: string }) {
  const { name, text } = content
  return (
    <>
      <p className="ad-preview-identity">
        <Avatar name={name} />
        <strong data-testid="preview-name">{name}</strong>
      </p>
      <p className={`ad-preview-text${textClass ? ` ${textClass}` : ''}`} data-testid="preview-text">
        {text.shown}
        {text.cut && <span aria-label="cut off here">…</span>}
      </p>
    </>
  )
}
