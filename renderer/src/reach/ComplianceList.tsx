import type { Problem } from '#shared/domain/problems'

/** Rule violations while drafting: errors block "Post changes", warnings do not. */
export function ComplianceList({ problems }: { problems: Problem[] }) {
  if (!problems.length) return null
  return (
    <section className="compliance" aria-label="Rule violations">
      <h3>
        {problems.some((p) => p.severity === 'error') ? 'Fix before posting' : 'Worth a look'} ({problems.length})
      </h3>
      <ul>
        {problems.map((p, i) => (
          <li key={`${p.ruleId}-${i}`} className={`problem problem-${p.severity}`} data-rule={p.ruleId}>
            <span className="badge">{p.severity === 'error' ? 'Error' : 'Warning'}</span>
            <div>
              <p>{p.message}</p>
              {p.source && <p className="problem-source">Source: {p.source}</p>}
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
