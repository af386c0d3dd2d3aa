import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { WaterfallStep } from '#shared/reach/types'
import { factorWords, people, peopleShort } from './format'

interface Row {
  label: string
  remaining: number
  note: string
  kind: 'base' | 'narrows' | 'same' | 'adds'
}

const kindOf = (s: WaterfallStep): Row['kind'] => (s.key === 'base' ? 'base' : s.factor > 1 ? 'adds' : s.factor < 1 ? 'narrows' : 'same')

/**
 * How one market's audience shrinks (or grows) step by step: one bar per step,
 * the people left after it. The same figures are listed as text beside it (WaterfallSteps).
 */
export function WaterfallChart({ steps, title }: { steps: WaterfallStep[]; title: string }) {
  const rows: Row[] = steps.map((s) => ({
    label: s.label,
    remaining: s.remaining,
    note: s.key === 'base' ? peopleShort(s.remaining) : `${factorWords(s.factor)} → ${peopleShort(s.remaining)}`,
    kind: kindOf(s),
  }))
  return (
    <figure className="waterfall" aria-label={title}>
      <ResponsiveContainer width="100%" height={steps.length * 30 + 16}>
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 150, bottom: 4, left: 8 }} barCategoryGap={6}>
          <XAxis type="number" hide domain={[0, 'dataMax']} />
          <YAxis type="category" dataKey="label" width={165} tickLine={false} axisLine={false} className="wf-axis" />
          <Tooltip formatter={(v) => [people(Number(v)), 'People left']} cursor={false} wrapperClassName="wf-tooltip" />
          <Bar dataKey="remaining" isAnimationActive={false} radius={3}>
            {rows.map((r) => (
              <Cell key={r.label} className={`wf-bar wf-${r.kind}`} />
            ))}
            <LabelList dataKey="note" position="right" className="wf-label" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  )
}
