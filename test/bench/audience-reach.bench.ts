import { loadavg } from 'node:os'
import fc from 'fast-check'
import type { Audience } from '#shared/audiences/schemas'
import { estimateReach } from '#shared/reach/estimate'
import { targetingArb } from '../shared/reach/arbitraries'
import { catalogue, customerFile, engagement, lookalike, pixel } from '../shared/reach/audience-fixtures'
import { percentile, round, timeEach, type Bench, type Figure } from './figures'

/** 20 audiences of every kind (lookalikes over the three markets), 12 included and 8 excluded per ad group. */
function audiences(): Audience[] {
  const out: Audience[] = []
  for (let i = 0; i < 5; i++)
    out.push(customerFile(`f${i}`, 100_000 * (i + 1)), pixel(`p${i}`, 50_000 * (i + 1)), engagement(`e${i}`, 200_000 * (i + 1)))
  for (let i = 0; i < 5; i++) out.push(lookalike(`l${i}`, `f${i}`, ['6252001', '2921044', '1861060', '1835841'], { include_source: i % 2 === 0 }))
  return out
}

const bench: Bench = async () => {
  const list = audiences()
  const cat = catalogue(...list)
  const ids = list.map((a) => a.audience_id)
  const specs = fc.sample(targetingArb, { numRuns: 10_000, seed: 20261202 }).map((t, n) => {
    // A different split of the 20 each time, so no one mix is measured alone.
    const rot = [...ids.slice(n % 20), ...ids.slice(0, n % 20)]
    return { ...t, audience_ids: rot.slice(0, 12), excluded_audience_ids: rot.slice(12) }
  })
  const t = timeEach(specs, (s) => estimateReach(s, {}, cat))
  const ms = (v: number) => round(v, 4)
  const figures: Figure[] = [
    { name: 'machine load average (1 min) at start', value: round(loadavg()[0]!, 1), unit: '', goal: '' },
    { name: 'estimateReach, 20 audiences, 10,000 specs, wall p50', value: ms(percentile(t.wall, 50)), unit: 'ms', goal: '' },
    { name: 'estimateReach, 20 audiences, 10,000 specs, wall p99', value: ms(percentile(t.wall, 99)), unit: 'ms', goal: '< 1 ms' },
    { name: 'estimateReach, 20 audiences, 10,000 specs, CPU p99', value: ms(percentile(t.cpu, 99)), unit: 'ms', goal: '< 1 ms' },
  ]
  return figures
}

export default bench
