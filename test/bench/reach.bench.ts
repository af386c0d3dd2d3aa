import { loadavg } from 'node:os'
import fc from 'fast-check'
import { checkCompliance } from '#shared/markets/compliance/check'
import { estimateReach, type ReachInput } from '#shared/reach/estimate'
import { ALL_LOCATIONS } from '#shared/targeting/geo'
import { INTEREST_CATEGORIES } from '#shared/targeting/taxonomy'
import { targetingArb } from '../shared/reach/arbitraries'
import { percentile, round, timeEach, type Bench, type Figure } from './figures'

function figures(name: string, t: { wall: number[]; cpu: number[] }): Figure[] {
  const ms = (v: number) => round(v, 4)
  return [
    { name: `${name}, wall p50`, value: ms(percentile(t.wall, 50)), unit: 'ms', goal: '' },
    { name: `${name}, wall p99`, value: ms(percentile(t.wall, 99)), unit: 'ms', goal: '< 1 ms' },
    { name: `${name}, CPU p99`, value: ms(percentile(t.cpu, 99)), unit: 'ms', goal: '< 1 ms' },
  ]
}

const bench: Bench = async () => {
  // 10,000 random specs over the full taxonomy, every location and placement (fixed seed: the same specs each run).
  const specs = fc.sample(targetingArb, { numRuns: 10_000, seed: 20261123 })
  const widest: ReachInput = {
    ...specs[0]!,
    location_ids: ALL_LOCATIONS.map((l) => l.id),
    interest_category_ids: INTEREST_CATEGORIES.map((c) => c.id),
  }
  const draft = { adgroup_id: 'local-bench', adgroup_name: 'Bench' }
  return [
    { name: 'machine load average (1 min) at start', value: round(loadavg()[0]!, 1), unit: '', goal: '' },
    ...figures(
      'estimateReach, 10,000 random specs',
      timeEach(specs, (t) => estimateReach(t)),
    ),
    ...figures(
      'estimateReach, every location and interest',
      timeEach(Array<ReachInput>(2000).fill(widest), (t) => estimateReach(t)),
    ),
    ...figures(
      'checkCompliance, 10,000 random specs',
      timeEach(specs, (t) => checkCompliance({ ...draft, ...t })),
    ),
  ]
}
export default bench
