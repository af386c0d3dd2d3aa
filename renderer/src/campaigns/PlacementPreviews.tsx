import { useState, type KeyboardEvent } from 'react'
import { placementsOf } from '#shared/creatives/creative-ref'
import type { Placement } from '#shared/domain/enums'
import { placementLabel } from '#shared/results/placements'
import { FeedPreview } from './AdPreview'
import { AppNetworkPreview } from './AppNetworkPreview'
import type { AdPreviewContent } from './preview-content'
import './ad-preview.css'

/**
 * The previews of an ad on each placement its ad group shows on (automatic placement: all of them), one tab per
 * placement. A Smart+ ad passes one preview per creative; the tab applies to all of them, so they compare side by side.
 * Without an ad group (not loaded yet) it is TikTok's feed only.
 */
export function PlacementPreviews(p: {
  adgroup: { placement_type?: string; placements?: readonly string[] } | undefined
  previews: readonly AdPreviewContent[]
  className?: string
}) {
  const placements: Placement[] = p.adgroup ? placementsOf(p.adgroup) : ['PLACEMENT_TIKTOK']
  const [picked, setPicked] = useState<Placement>('PLACEMENT_TIKTOK')
  // A placement taken off the ad group falls back to the first one left.
  const shown = placements.includes(picked) ? picked : (placements[0] ?? 'PLACEMENT_TIKTOK')
  const onKey = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0
    if (!step) return
    e.preventDefault()
    const next = placements[(placements.indexOf(shown) + step + placements.length) % placements.length]!
    setPicked(next)
    e.currentTarget.querySelector<HTMLButtonElement>(`[data-placement="${next}"]`)?.focus()
  }
  return (
    <div className="placement-previews">
      {placements.length > 1 && (
        <div className="seg-control" role="tablist" aria-label="Preview on" onKeyDown={onKey}>
          {placements.map((x) => (
            <button
              key={x}
              type="button"
              role="tab"
              data-placement={x}
              aria-selected={x === shown}
              tabIndex={x === shown ? 0 : -1}
              onClick={() => setPicked(x)}
            >
              {placementLabel(x)}
            </button>
          ))}
        </div>
      )}
      <div className={p.className} role={placements.length > 1 ? 'tabpanel' : undefined} aria-label={placementLabel(shown)}>
        {p.previews.map((content, i) =>
          shown === 'PLACEMENT_TIKTOK' ? <FeedPreview key={i} {...content} /> : <AppNetworkPreview key={i} {...content} placement={shown} />,
        )}
      </div>
    </div>
  )
}
