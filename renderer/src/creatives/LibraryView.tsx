import { useEffect, useMemo, useRef, useState } from 'react'
import { aspectOf, megabytes } from '#shared/creatives/spec-checks'
import { EmptyState } from '../ui/EmptyState'
import { NoticeBanner } from '../ui/NoticeBanner'
import { CreativeDetails } from './CreativeDetails'
import { CreativeThumb } from './CreativeThumb'
import { clock, DEFAULT_QUERY, libraryView, SORTS, type KindFilter, type LibraryQuery, type SortKey, type StateFilter } from './model/library-view'
import { useCreativesStore } from './use-creatives-store'

/** Rows have one height, so the list draws only what is in view (a 5,000-creative library scrolls like 20). */
const ROW = 64
const OVERSCAN = 8

const STATES: Record<StateFilter, string> = {
  all: 'Any state',
  problems: 'With problems',
  unused: 'Not used by any ad',
  'file-missing': 'File moved or changed',
  'on-tiktok': 'Already on TikTok',
}

function Toolbar({ query, onQuery }: { query: LibraryQuery; onQuery(q: LibraryQuery): void }) {
  const pick = useCreativesStore((s) => s.pick)
  const busy = useCreativesStore((s) => s.adding !== null)
  const set = (patch: Partial<LibraryQuery>) => onQuery({ ...query, ...patch })
  return (
    <div className="creatives-toolbar" role="toolbar" aria-label="Library">
      <button type="button" className="button button-primary" disabled={busy} onClick={() => void pick(false)}>
        Add files…
      </button>
      <button type="button" className="button" disabled={busy} onClick={() => void pick(true)}>
        Add folder…
      </button>
      <input
        type="search"
        className="creatives-search"
        aria-label="Search creatives"
        placeholder="Search name, tag, format, 9:16…"
        value={query.text}
        onChange={(e) => set({ text: e.currentTarget.value })}
      />
      <select aria-label="Kind" value={query.kind} onChange={(e) => set({ kind: e.currentTarget.value as KindFilter })}>
        <option value="all">Videos and images</option>
        <option value="video">Videos</option>
        <option value="image">Images</option>
      </select>
      <select aria-label="State" value={query.state} onChange={(e) => set({ state: e.currentTarget.value as StateFilter })}>
        {Object.entries(STATES).map(([k, l]) => (
          <option key={k} value={k}>
            {l}
          </option>
        ))}
      </select>
      <select aria-label="Sort" value={query.sort} onChange={(e) => set({ sort: e.currentTarget.value as SortKey })}>
        {Object.entries(SORTS).map(([k, l]) => (
          <option key={k} value={k}>
            {l}
          </option>
        ))}
      </select>
    </div>
  )
}

function AddProgress() {
  const adding = useCreativesStore((s) => s.adding)
  if (!adding) return null
  return (
    <section className="card creatives-progress" aria-live="polite">
      <strong>Adding creatives…</strong>{' '}
      <span className="muted">
        {megabytes(adding.done)} of {megabytes(adding.total)} read
      </span>
      <progress max={Math.max(adding.total, 1)} value={adding.done} aria-label="Adding progress" />
    </section>
  )
}

/** The library on this computer: search, filters, the virtualised list and the selected creative's details. */
export function LibraryView({ advertiserId }: { advertiserId: string }) {
  const { creatives, damaged, refused, error, loading } = useCreativesStore()
  const [query, setQuery] = useState<LibraryQuery>(DEFAULT_QUERY)
  const [selected, setSelected] = useState<string | null>(null)
  const [scrollTop, setScrollTop] = useState(0)
  const [height, setHeight] = useState(600)
  const listRef = useRef<HTMLDivElement>(null)
  const hasList = creatives.length > 0
  useEffect(() => {
    const el = listRef.current
    if (!el) return
    const observer = new ResizeObserver(() => setHeight(el.clientHeight))
    observer.observe(el)
    return () => observer.disconnect()
  }, [hasList])

  const shown = useMemo(() => libraryView(creatives, query), [creatives, query])
  const current = creatives.find((c) => c.signature === selected) ?? null
  const first = Math.max(0, Math.floor(scrollTop / ROW) - OVERSCAN)
  const last = Math.min(shown.length, Math.ceil((scrollTop + height) / ROW) + OVERSCAN)
  return (
    <>
      <Toolbar query={query} onQuery={setQuery} />
      <AddProgress />
      {error && <NoticeBanner tone="error" message={error} />}
      {refused.length > 0 && (
        <NoticeBanner
          tone="error"
          message={`Not added: ${refused.map((r) => `${r.fileName} — ${r.reason}`).join(' · ')} Nothing else was changed.`}
        />
      )}
      {damaged.length > 0 && <NoticeBanner message={`Some library records could not be read and are left out: ${damaged.join(', ')}.`} />}
      {creatives.length === 0 && !loading ? (
        <EmptyState
          icon="creatives"
          title="No creatives yet"
          steps={[
            'Drop videos, images or a whole folder anywhere on this page, or use Add files… / Add folder….',
            'Each file is checked against TikTok’s specs at once; its bytes stay where they are.',
            'Pick creatives in the ad editor: they are uploaded when the ad is posted, once.',
          ]}
        >
          Your videos and images for this advertiser will appear here.
        </EmptyState>
      ) : (
        <div className="creatives-body">
          <div className="card creatives-list-card">
            <div className="creatives-head" role="presentation">
              <span />
              <span>Name</span>
              <span>Size</span>
              <span>Length</span>
              <span>Format</span>
              <span>Used by</span>
              <span>State</span>
            </div>
            <div
              ref={listRef}
              className="creatives-list"
              role="listbox"
              aria-label="Creatives"
              tabIndex={0}
              onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
            >
              <div style={{ height: shown.length * ROW, position: 'relative' }}>
                {shown.slice(first, last).map((c, i) => {
                  const errors = c.problems.filter((p) => p.severity === 'error').length
                  return (
                    <div
                      key={c.signature}
                      role="option"
                      aria-selected={c.signature === selected}
                      className="creatives-row"
                      style={{ top: (first + i) * ROW, height: ROW }}
                      onClick={() => setSelected(c.signature)}
                    >
                      <CreativeThumb advertiserId={advertiserId} creative={c} />
                      <span className="creatives-name">
                        <strong>{c.fileName}</strong>
                        {c.tags.length > 0 && <span className="muted"> · {c.tags.join(', ')}</span>}
                      </span>
                      <span>
                        {c.facts.width}×{c.facts.height} <span className="muted">{aspectOf(c.facts.width, c.facts.height) ?? ''}</span>
                      </span>
                      <span>{clock(c.facts.durationSeconds)}</span>
                      <span>
                        {c.facts.kind === 'video' ? (c.facts.videoCodec ?? c.facts.format) : c.facts.format} · {megabytes(c.facts.sizeBytes)}
                      </span>
                      <span>{c.usedBy === 1 ? '1 ad' : `${c.usedBy} ads`}</span>
                      <span className="creatives-state">
                        {c.sourceState === 'missing' && <span className="badge badge-error">File missing</span>}
                        {c.sourceState === 'changed' && <span className="badge badge-error">File changed</span>}
                        {errors > 0 && <span className="badge badge-error">{errors === 1 ? '1 spec problem' : `${errors} spec problems`}</span>}
                        {c.tiktokId && <span className="badge badge-ok">On TikTok</span>}
                      </span>
                    </div>
                  )
                })}
              </div>
              {shown.length === 0 && <p className="hint creatives-none">No creative matches the search.</p>}
            </div>
          </div>
          {current && <CreativeDetails advertiserId={advertiserId} creative={current} />}
        </div>
      )}
    </>
  )
}
