import { useState } from 'react'
import type { CreativeView } from '#shared/creatives/creative-view'
import { aspectOf, megabytes } from '#shared/creatives/spec-checks'
import { CreativeThumb } from './CreativeThumb'
import { clock } from './model/library-view'
import { useCreativesStore } from './use-creatives-store'

const SOURCE_NOTE = {
  ok: null,
  missing: 'The file was moved or deleted. Add it again from its new place; ads using it cannot be posted until then.',
  changed: 'The file changed since it was added, so its signature no longer matches. Add it again to use the new version.',
} as const

/** One creative: a larger look, every fact MediaInfo read, its spec problems, TikTok's verdict, tags and delete. */
export function CreativeDetails({ advertiserId, creative }: { advertiserId: string; creative: CreativeView }) {
  const setTags = useCreativesStore((s) => s.setTags)
  const remove = useCreativesStore((s) => s.remove)
  const [tag, setTag] = useState('')
  const f = creative.facts
  const v = creative.verdict
  const addTag = () => {
    if (tag.trim()) void setTags(creative.signature, [...creative.tags, tag])
    setTag('')
  }
  return (
    <aside className="card creative-details" aria-label={`Details of ${creative.fileName}`}>
      <div className="creative-details-media">
        <CreativeThumb advertiserId={advertiserId} creative={creative} size={180} />
      </div>
      <h2 title={creative.sourcePath}>{creative.fileName}</h2>
      {SOURCE_NOTE[creative.sourceState] && <p className="creative-source-note">{SOURCE_NOTE[creative.sourceState]}</p>}
      <dl className="creative-facts">
        <dt>Size</dt>
        <dd>
          {f.width}×{f.height} ({aspectOf(f.width, f.height) ?? 'other ratio'})
        </dd>
        {f.durationSeconds !== undefined && (
          <>
            <dt>Duration</dt>
            <dd>
              {clock(f.durationSeconds)} ({f.durationSeconds.toFixed(1)} s)
            </dd>
          </>
        )}
        <dt>Format</dt>
        <dd>
          {f.format}
          {f.videoCodec ? ` · ${f.videoCodec}` : ''} · .{f.extension}
        </dd>
        {f.bitrateKbps !== undefined && (
          <>
            <dt>Bitrate</dt>
            <dd>{Math.round(f.bitrateKbps)} kbps</dd>
          </>
        )}
        <dt>File size</dt>
        <dd>{megabytes(f.sizeBytes)}</dd>
        <dt>Signature</dt>
        <dd className="mono">{creative.signature}</dd>
        <dt>Used by</dt>
        <dd>{creative.usedBy === 1 ? '1 ad' : `${creative.usedBy} ads`}</dd>
        <dt>On TikTok</dt>
        <dd>{creative.tiktokId ? <span className="mono">{creative.tiktokId}</span> : 'Not yet: uploaded when an ad using it is posted'}</dd>
      </dl>
      {v && (
        <section aria-label="TikTok’s verdict">
          <h3>TikTok’s verdict</h3>
          <p className="hint">
            {v.found ? 'Found among the advertiser’s materials' : 'Uploaded'} {v.uploadedAt.slice(0, 10)}
            {v.displayable === false ? ' · not displayable' : ''}
            {v.allowedPlacements
              ? ` · allowed on ${v.allowedPlacements.map((p) => p.replace('PLACEMENT_', '').toLowerCase()).join(', ') || 'no placement'}`
              : ''}
            {v.flawTypes?.length ? ` · flaws: ${v.flawTypes.join(', ')}` : ''}
          </p>
        </section>
      )}
      <section aria-label="Spec checks">
        <h3>Spec checks</h3>
        {creative.problems.length === 0 ? (
          <p className="hint">Meets TikTok’s published specs on every placement.</p>
        ) : (
          <ul className="creative-problems">
            {creative.problems.map((p, i) => (
              <li key={i} className={p.severity === 'error' ? 'problem-error' : 'problem-warning'}>
                {p.message}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-label="Tags">
        <h3>Tags</h3>
        <ul className="creative-tags">
          {creative.tags.map((t) => (
            <li key={t}>
              {t}
              <button
                type="button"
                aria-label={`Remove tag ${t}`}
                onClick={() =>
                  void setTags(
                    creative.signature,
                    creative.tags.filter((x) => x !== t),
                  )
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <form
          className="creative-tag-form"
          onSubmit={(e) => {
            e.preventDefault()
            addTag()
          }}
        >
          <input aria-label="New tag" placeholder="Add a tag" value={tag} maxLength={64} onChange={(e) => setTag(e.currentTarget.value)} />
          <button type="submit" className="button">
            Add
          </button>
        </form>
      </section>
      <button
        type="button"
        className="button creative-delete"
        disabled={creative.usedBy > 0}
        title={creative.usedBy > 0 ? 'Used by ads: take it out of them first' : undefined}
        onClick={() => void remove(creative.signature)}
      >
        {creative.usedBy > 0 ? `In use by ${creative.usedBy === 1 ? '1 ad' : `${creative.usedBy} ads`}` : 'Remove from library'}
      </button>
    </aside>
  )
}
