import { STAGES, type Stage } from '#shared/reach/types'
import { STAGE_LABELS } from '#shared/reach/stage'

/** TikTok's four-step audience indicator, with the current step marked. */
export function StageGauge({ stage, label = 'Audience size' }: { stage: Stage; label?: string }) {
  return (
    <div
      className="stage-gauge"
      role="meter"
      aria-label={label}
      aria-valuemin={1}
      aria-valuemax={4}
      aria-valuenow={stage}
      aria-valuetext={STAGE_LABELS[stage]}
    >
      <div className="stage-track">
        {STAGES.map((s) => (
          <span key={s} className={`stage-seg stage-${s}${s === stage ? ' current' : ''}`} />
        ))}
      </div>
      <div className="stage-labels" aria-hidden="true">
        {STAGES.map((s) => (
          <span key={s} className={s === stage ? 'current' : ''}>
            {STAGE_LABELS[s]}
          </span>
        ))}
      </div>
    </div>
  )
}
