import type { WaterfallStep } from '#shared/reach/types'
import { factorWords, people } from './format'
import { SourceLink } from './SourceLink'

/** The waterfall as text: what each step selected, what it did, and where its number comes from (people rounded to thousands: more digits would be false precision). */
export function WaterfallSteps({ steps }: { steps: WaterfallStep[] }) {
  return (
    <table className="wf-steps">
      <thead>
        <tr>
          <th scope="col">Step</th>
          <th scope="col">Your choice</th>
          <th scope="col">Effect</th>
          <th scope="col">People left</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {steps.map((s) => (
          <tr key={s.key} className={s.factor < 1 ? 'narrows' : s.factor > 1 ? 'adds' : ''}>
            <th scope="row">{s.label}</th>
            <td>{s.detail}</td>
            <td className="num">{s.key === 'base' ? '—' : factorWords(s.factor)}</td>
            <td className="num">{people(Math.round(s.remaining / 1000) * 1000)}</td>
            <td className="sources">
              {s.sources.length ? s.sources.map((id) => <SourceLink key={id} id={id} />) : <span className="muted">—</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
