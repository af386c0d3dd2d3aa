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

/**
 * Milliseconds per call of `fn` over every spec, after a warm-up so the JIT has
 * settled: wall-clock time, and this process's CPU time. On a shared machine the
 * wall-clock tail is mostly time spent descheduled; the CPU time is what the
 * estimate itself costs (garbage collection on this thread included).
 */
export function timeEach<T>(specs: T[], fn: (t: T) => unknown) {
  for (const t of specs.slice(0, 1000)) fn(t)
  const wall: number[] = []
  const cpu: number[] = []
  for (const t of specs) {
    const c = process.cpuUsage()
    const start = performance.now()
    fn(t)
    wall.push(performance.now() - start)
    const d = process.cpuUsage(c)
    cpu.push((d.user + d.system) / 1000)
  }
  return { wall, cpu }
}
