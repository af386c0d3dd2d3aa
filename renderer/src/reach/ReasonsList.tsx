import type { Reason } from '#shared/reach/types'
import { SourceLink } from './SourceLink'

/** Why each market's figure is what it is, in plain words, each with its source. */
export function ReasonsList({ reasons }: { reasons: Reason[] }) {
  if (!reasons.length) return null
  return (
    <section className="reasons" aria-label="Why this reach">
      <h3>Why</h3>
      <ul>
        {reasons.map((r, i) => (
          <li key={i}>
            <span>{r.text}</span>{' '}
            <span className="reason-source">
              Source: <SourceLink id={r.source} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
