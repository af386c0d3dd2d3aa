import { useMemo, useState } from 'react'
import { aspectOf, megabytes } from '#shared/creatives/spec-checks'
import type { TikTokMediaView } from '#shared/creatives/tiktok-media'
import { placementLabel } from '#shared/results/placements'
import { NoticeBanner } from '../ui/NoticeBanner'
import { clock } from './model/library-view'
import { mediaUrl } from './use-creatives-store'
import { useTikTokMediaStore } from './use-tiktok-media-store'

type Item = (TikTokMediaView['videos'][number] & { kind: 'video'; id: string }) | (TikTokMediaView['images'][number] & { kind: 'image'; id: string })

/** A TikTok video's or image's cover from the cache, or a plain box when the pull could not copy it. */
export function TikTokCover({ advertiserId, coverKey, size }: { advertiserId: string; coverKey?: string; size: number }) {
  const style = { width: size, height: size }
  if (!coverKey) return <span className="creative-thumb creative-thumb-pending" style={style} title="No cover cached" aria-hidden="true" />
  return <img className="creative-thumb" style={style} src={mediaUrl(advertiserId, coverKey, 'cover')} alt="" loading="lazy" decoding="async" />
}

const matches = (i: Item, text: string) => !text || `${i.file_name ?? ''} ${i.id} ${i.format ?? ''}`.toLowerCase().includes(text.toLowerCase())

/**
 * The videos and images the advertiser already has on TikTok (the last pull's list, shown offline from the cached
 * covers). They are TikTok's files: nothing here uploads, and an ad uses one by its TikTok id from the ad editor.
 */
export function TikTokMediaList({ advertiserId }: { advertiserId: string }) {
  const { media, error } = useTikTokMediaStore()
  const [text, setText] = useState('')
  const items = useMemo<Item[]>(
    () => [
      ...media.videos.map((v) => ({ ...v, kind: 'video' as const, id: v.video_id })),
      ...media.images.map((i) => ({ ...i, kind: 'image' as const, id: i.image_id })),
    ],
    [media],
  )
  const shown = items.filter((i) => matches(i, text))
  return (
    <section className="card tiktok-media" aria-labelledby="tiktok-media-h">
      <div className="tiktok-media-head">
        <h2 id="tiktok-media-h">Already on TikTok</h2>
        <span className="muted">
          {media.refreshedAt
            ? `${media.videos.length} videos and ${media.images.length} images at the last pull, ${new Date(media.refreshedAt).toLocaleString()}`
            : 'Not pulled yet: Sync → Get recent changes lists the videos and images this advertiser already has on TikTok.'}
        </span>
        {items.length > 0 && (
          <input
            type="search"
            className="creatives-search"
            aria-label="Search TikTok media"
            placeholder="Search name, id, format…"
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
        )}
      </div>
      {error && <NoticeBanner tone="error" message={error} />}
      {media.problems.map((p) => (
        <NoticeBanner key={p} message={`The last pull: ${p}`} />
      ))}
      <ul className="tiktok-media-grid" aria-label="TikTok media">
        {shown.map((i) => (
          <li key={`${i.kind}:${i.id}`} className="tiktok-media-tile">
            <TikTokCover advertiserId={advertiserId} coverKey={i.coverKey} size={96} />
            <span className="tiktok-media-text">
              <strong title={i.file_name ?? i.id}>{i.file_name ?? i.id}</strong>
              <span className="muted">
                {i.kind === 'video' ? 'Video' : 'Image'}
                {i.width && i.height ? ` · ${i.width}×${i.height} ${aspectOf(i.width, i.height) ?? ''}` : ''}
                {i.kind === 'video' && i.duration !== undefined ? ` · ${clock(i.duration)}` : ''}
                {i.size !== undefined ? ` · ${megabytes(i.size)}` : ''}
              </span>
              <span className="muted">{i.usedBy === 1 ? 'Used by 1 ad' : `Used by ${i.usedBy} ads`}</span>
              {i.kind === 'video' && i.allowed_placements && (
                <span className="muted">TikTok allows: {i.allowed_placements.map(placementLabel).join(', ') || 'no placement'}</span>
              )}
              {i.kind === 'video' && (i.flaw_types?.length ?? 0) > 0 && <span className="badge badge-error">{i.flaw_types!.join(', ')}</span>}
              <code className="tiktok-media-id">{i.id}</code>
            </span>
          </li>
        ))}
      </ul>
      {items.length > 0 && shown.length === 0 && <p className="hint">Nothing on TikTok matches the search.</p>}
    </section>
  )
}
