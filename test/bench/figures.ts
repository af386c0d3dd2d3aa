/** One line of `npm run bench` output. */
export interface Figure {
  name: string
  value: number
  unit: string
  /** The target, in words ("< 1 s"), or '' when the figure is for information. */
  goal: string
}

export type Bench = () => Promise<Figure[]>

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index] ?? Number.NaN
}

export const round = (n: number, digits = 2) => Number(n.toFixed(digits))
