import { checkCreativeFile } from '#shared/creatives/spec-checks'
import type { Placement } from '#shared/domain/enums'
import { placementLabel } from '#shared/results/placements'
import { PreviewByline, PreviewMedia, usePreviewContent, type AdPreviewContent } from './preview-content'

/** Where each cross-app placement puts the ad (notes markets-and-consent.md §1; tiktok-api-2026.md §5). */
const WHERE: Partial<Record<Placement, string>> = {
  PLACEMENT_PANGLE: 'a publisher’s app on Pangle (TikTok Ad Network)',
  PLACEMENT_GLOBAL_APP_BUNDLE: 'ByteDance’s own apps beyond TikTok (Global App Bundle)',
}

/**
 * An ad as a cross-app placement shows it: full screen inside another app, the creative in its own aspect ratio
 * (publisher slots letterbox rather than crop), an "Ad" badge, and a card with the name, the text and the button.
 * The caption lists what the file breaks in this placement's own specs (spec-table.ts: Global App Bundle stops at
 * 30 s), so a creative fine on TikTok is not assumed fine here.
 */
export function AppNetworkPreview(p: AdPreviewContent & { placement: Placement }) {
  const content = usePreviewContent(p)
  const { creative } = content
  const here = placementLabel(p.placement)
  const problems = creative ? checkCreativeFile(creative.facts, [p.placement]).filter((x) => x.placement === p.placement) : []
  return (
    <figure className="ad-preview" aria-label={`${p.label ? `${p.label}, ` : ''}${here} preview`}>
      <div className="ad-preview-frame app-preview-frame" data-placement={p.placement}>
        <p className="app-preview-bar">
          <span className="app-preview-badge">Ad</span>
          <span aria-hidden="true">✕</span>
        </p>
        <div className="app-preview-stage">
          <PreviewMedia content={content} />
        </div>
        <div className="app-preview-card">
          <PreviewByline content={content} textClass="app-preview-text" />
          <span className="ad-preview-cta" data-testid="preview-cta">
            {p.cta}
          </span>
        </div>
      </div>
      <figcaption className="hint">
        {p.label ? `${p.label} · ` : ''}
        {here}: shown in {WHERE[p.placement] ?? 'another app'}
        {problems.length > 0 && (
          <ul className="app-preview-problems" aria-label={`Problems on ${here}`}>
            {problems.map((x) => (
              <li key={x.ruleId} className={x.severity}>
                {x.message}
              </li>
            ))}
          </ul>
        )}
      </figcaption>
    </figure>
  )
}
