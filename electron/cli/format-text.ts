import type { Problem } from '#shared/domain/problems'
import type { ReachReport, taxonomyReport } from './commands'

const n = (x: number) => x.toLocaleString('en-US')

export function problemsText(problems: Problem[]): string {
  if (!problems.length) return 'No problems found.'
  const errors = problems.filter((p) => p.severity === 'error').length
  const lines = problems.map(
    (p) =>
      `${p.severity.toUpperCase()} ${p.ruleId} — ${p.kind} ${p.entityName || p.entityId}${p.field ? ` (${p.field})` : ''}: ${p.message}${p.source ? `\n    source: ${p.source}` : ''}`,
  )
  return `${lines.join('\n')}\n${errors} error(s), ${problems.length - errors} warning(s).`
}

export function reachText(report: ReachReport): string {
  const out: string[] = [`Note: ${report.note}`]
  for (const a of report.adgroups) {
    out.push('', `${a.adgroup_name} (${a.adgroup_id}): ${n(a.total.lower_end)} – ${n(a.total.upper_end)} people, stage ${a.total.stage}`)
    for (const m of a.markets) {
      out.push(`  ${m.market} (${m.locations.join(', ')}): ${n(m.lower_end)} – ${n(m.upper_end)}, ${m.stage_label}`)
      for (const s of m.waterfall) out.push(`    ${s.label.padEnd(24)} ×${s.factor.toFixed(3).padEnd(7)} ${n(s.remaining).padStart(13)}  ${s.detail}`)
    }
    for (const u of a.unsupported_locations) out.push(`  not estimated: ${u.name} (outside the three markets)`)
    for (const v of a.violations) out.push(`  ${v.severity.toUpperCase()} ${v.rule_id}: ${v.message}`)
  }
  return out.join('\n')
}

export function taxonomyText(t: ReturnType<typeof taxonomyReport>): string {
  const lines = t.interest_categories.map(
    (c) => `${'  '.repeat(c.level - 1)}${c.name} [${c.id}]${c.special_category ? ` (special: ${c.special_category})` : ''}`,
  )
  return [`Note: ${t.note}`, ...lines].join('\n')
}
