import type { CreativeView } from '#shared/creatives/creative-view'
import { mediaUrl } from './use-creatives-store'
import './creatives.css'

/**
 * A creative's thumbnail from its own file (no thumbnail is generated or
 * stored): an image as is, a video as its frame at half a second. Works offline,
 * since the file is on this machine; a missing file says so instead.
 */
export function CreativeThumb({ advertiserId, creative, size = 48 }: { advertiserId: string; creative: CreativeView; size?: number }) {
  const style = { width: size, height: size }
  if (creative.sourceState === 'missing')
    return (
      <span className="creative-thumb creative-thumb-missing" style={style} title="The file was moved or deleted">
        ?
      </span>
    )
  const src = mediaUrl(advertiserId, creative.signature)
  return creative.facts.kind === 'image' ? (
    <img className="creative-thumb" style={style} src={src} alt="" loading="lazy" decoding="async" />
  ) : (
    <video className="creative-thumb" style={style} src={`${src}#t=0.5`} preload="metadata" muted playsInline aria-hidden="true" />
  )
}
