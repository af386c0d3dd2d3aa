import type { Problem } from '#shared/domain/problems'
import { libraryRef, signatureOfRef } from '#shared/creatives/creative-ref'
import { aspectOf } from '#shared/creatives/spec-checks'
import type { CreativeView } from '#shared/creatives/creative-view'
import { CreativeThumb } from '../creatives/CreativeThumb'
import { clock } from '../creatives/model/library-view'
import { useCreativesStore } from '../creatives/use-creatives-store'
import { useNavStore } from '../app/use-nav-store'
import { TikTokCover } from '../creatives/TikTokMediaList'
import { useTikTokMediaStore } from '../creatives/use-tiktok-media-store'
import { IdListField, Messages, TextField } from './fields'

/** Whether a field value names this creative: by library reference, or by the TikTok id it got when uploaded. */
const names = (value: string | undefined, c: CreativeView) => !!value && (signatureOfRef(value) === c.signature || value === c.tiktokId)

/** The value an ad stores for a creative: TikTok's id once it has one (nothing to upload), else the library reference. */
const valueFor = (c: CreativeView) => c.tiktokId ?? libraryRef(c.signature)

/** The media of what is being edited: a manual ad, or one creative of a Smart+ ad seen the same way. */
export interface PickedMedia {
  ad_format: string
  video_id?: string
  image_ids: readonly string[]
}

/**
 * Picks the ad's video or images from the library, with thumbnails; a typed
 * id stays possible under "Paste an id" for advanced users. Carousel ads take
 * several images, in the order picked; the other formats one creative.
 * `field` names the controls when several pickers share a page (a Smart+ ad's creatives).
 */
export function CreativePicker({
  ad,
  advertiserId,
  problems,
  onPick,
  field: prefix,
  label: title,
}: {
  ad: PickedMedia
  advertiserId: string
  problems: { video: Problem[]; images: Problem[] }
  onPick(fields: { video_id?: string; image_ids?: string[] }, label: string): unknown
  field?: string
  label?: string
}) {
  const creatives = useCreativesStore((s) => s.creatives)
  const go = useNavStore((s) => s.go)
  const video = ad.ad_format === 'SINGLE_VIDEO'
  const kind = video ? 'video' : 'image'
  const choices = creatives.filter((c) => c.facts.kind === kind)
  // The advertiser's own files already on TikTok (the last pull), except those the library holds too.
  const inLibrary = new Set(creatives.flatMap((c) => (c.tiktokId ? [c.tiktokId] : [])))
  const onTikTok = useTikTokMediaStore((s) => (video ? s.media.videos : s.media.images))
    .map((m) => ({ id: 'video_id' in m ? m.video_id : m.image_id, media: m }))
    .filter((m) => !inLibrary.has(m.id))
  const isPicked = (matches: (v: string | undefined) => boolean) => (video ? matches(ad.video_id) : ad.image_ids.some((v) => matches(v)))
  const picked = (c: CreativeView) => isPicked((v) => names(v, c))
  const pickValue = (value: string, selected: boolean, matches: (v: string) => boolean) => {
    if (video) return onPick({ video_id: value }, 'Video')
    if (ad.ad_format === 'CAROUSEL_ADS') {
      const rest = ad.image_ids.filter((v) => !matches(v))
      return onPick({ image_ids: selected ? rest : [...rest, value] }, 'Images')
    }
    return onPick({ image_ids: [value] }, 'Image')
  }
  const pick = (c: CreativeView) => pickValue(valueFor(c), picked(c), (v) => names(v, c))
  const field = prefix ?? (video ? 'video_id' : 'image_ids')
  const own = video ? problems.video : problems.images
  return (
    <div className="field creative-picker">
      <span className="field-label" id={`${field}-picker-label`}>
        {title ?? (video ? 'Video' : ad.ad_format === 'CAROUSEL_ADS' ? 'Images (in order)' : 'Image')}
      </span>
      {choices.length === 0 && onTikTok.length === 0 ? (
        <p className="hint">
          No {video ? 'videos' : 'images'} in the library yet.{' '}
          <button type="button" className="link-button" onClick={() => go('creatives')}>
            Add some in Creatives
          </button>
        </p>
      ) : (
        <div
          className="creative-choices"
          role="listbox"
          aria-labelledby={`${field}-picker-label`}
          aria-multiselectable={ad.ad_format === 'CAROUSEL_ADS'}
        >
          {choices.map((c) => (
            <button
              key={c.signature}
              type="button"
              role="option"
              aria-selected={picked(c)}
              className="creative-choice"
              title={c.fileName}
              onClick={() => void pick(c)}
            >
              <CreativeThumb advertiserId={advertiserId} creative={c} size={64} />
              <span className="creative-choice-name">{c.fileName}</span>
              <span className="muted">
                {aspectOf(c.facts.width, c.facts.height) ?? `${c.facts.width}×${c.facts.height}`}
                {c.facts.durationSeconds !== undefined ? ` · ${clock(c.facts.durationSeconds)}` : ''}
              </span>
            </button>
          ))}
          {onTikTok.map(({ id, media: m }) => {
            const selected = isPicked((v) => v === id)
            return (
              <button
                key={id}
                type="button"
                role="option"
                aria-selected={selected}
                className="creative-choice"
                title={`${m.file_name ?? id} — already on TikTok`}
                onClick={() => void pickValue(id, selected, (v) => v === id)}
              >
                <TikTokCover advertiserId={advertiserId} coverKey={m.coverKey} size={64} />
                <span className="creative-choice-name">{m.file_name ?? id}</span>
                <span className="muted">On TikTok{'duration' in m && m.duration !== undefined ? ` · ${clock(m.duration)}` : ''}</span>
              </button>
            )
          })}
        </div>
      )}
      <Messages field={`${field}-picker`} problems={own} />
      <details className="advanced-id">
        <summary>Paste an id instead</summary>
        {video ? (
          <TextField
            field={prefix ? `${prefix}-id` : 'video_id'}
            label="TikTok video id"
            value={ad.video_id ?? ''}
            problems={[]}
            onCommit={(v) => onPick({ video_id: v }, 'Video id')}
          />
        ) : (
          <IdListField
            field={prefix ? `${prefix}-id` : 'image_ids'}
            label="TikTok image ids"
            value={ad.image_ids}
            problems={[]}
            hint="Separate ids with commas."
            onCommit={(v) => onPick({ image_ids: v }, 'Image ids')}
          />
        )}
      </details>
    </div>
  )
}
