import { useEffect } from 'react'
import type { CreativeView } from '#shared/creatives/creative-view'
import { mediaUrl } from './use-creatives-store'
import { requestThumbnail, thumbnailUrl, useThumbnailStore } from './use-thumbnails'
import './creatives.css'

/**
 * A creative's thumbnail: the small JPEG made from its own file the first time it is shown (use-thumbnails.ts), so
 * a long list loads a few kilobytes per row. Until it exists the row shows a plain box; a file the browser cannot
 * draw a frame of falls back to the file itself. Works offline, since the file is on this machine; a missing file
 * says so instead.
 */
export function CreativeThumb({ advertiserId, creative, size = 48 }: { advertiserId: string; creative: CreativeView; size?: number }) {
  const { signature } = creative
  const made = useThumbnailStore((s) => s.made.has(signature))
  const failed = useThumbnailStore((s) => s.failed.has(signature))
  const has = creative.hasThumbnail === true || made
  const missing = creative.sourceState === 'missing'
  const kind = creative.facts.kind
  useEffect(() => {
    if (has || failed || missing) return
    return requestThumbnail({ advertiserId, signature, kind })
  }, [advertiserId, signature, kind, has, failed, missing])
  const style = { width: size, height: size }
  if (missing)
    return (
      <span className="creative-thumb creative-thumb-missing" style={style} title="The file was moved or deleted">
        ?
      </span>
    )
  if (has) return <img className="creative-thumb" style={style} src={thumbnailUrl(advertiserId, signature)} alt="" decoding="async" />
  if (!failed) return <span className="creative-thumb creative-thumb-pending" style={style} aria-hidden="true" />
  const src = mediaUrl(advertiserId, signature)
  return kind === 'image' ? (
    <img className="creative-thumb" style={style} src={src} alt="" loading="lazy" decoding="async" />
  ) : (
    <video className="creative-thumb" style={style} src={`${src}#t=0.5`} preload="metadata" muted playsInline aria-hidden="true" />
  )
}
