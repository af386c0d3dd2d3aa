/**
 * Adding videos to the creative library (issue 13: 200 videos, about 1 GB):
 * the back end hashes each file (streamed MD5) and reads its facts with
 * MediaInfo; the renderer only waits for the answer and hears the progress,
 * so its thread is never the one working. Prints the time per GB and the
 * event-loop delay of the process doing it (p99), which is what a main
 * process serving IPC meanwhile would feel. LIBRARY_BENCH_FILES videos
 * (default 20, each ~1.5 MB a second): four encoded by ffmpeg, the rest remuxed copies.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openCreativeLibrary } from '#backend/creatives/creative-library'
import { makeVideo, remuxVideo } from '../helpers/media'
import { testNow } from '../helpers/clock'
import { round, type Bench } from './figures'

const bench: Bench = async () => {
  const files = mkdtempSync(join(tmpdir(), 'adwright-library-bench-'))
  const count = Number(process.env.LIBRARY_BENCH_FILES ?? 20)
  try {
    // A few encodes, the rest remuxed copies of them (distinct files, each its own MD5): 200 encodes took minutes.
    const bases = Array.from({ length: Math.min(4, count) }, (_, i) =>
      makeVideo(files, `clip-${i}`, { width: 720, height: 1280, seconds: 4 + i, kbps: 40_000 }),
    )
    const paths = [
      ...bases,
      ...Array.from({ length: count - bases.length }, (_, i) => remuxVideo(bases[i % bases.length]!, files, `copy-${i}`, `copy ${i}`)),
    ]
    const bytes = paths.reduce((n, p) => n + statSync(p).size, 0)
    const library = openCreativeLibrary(join(files, 'account'), testNow)
    const delay = monitorEventLoopDelay({ resolution: 5 })
    let updates = 0
    delay.enable()
    const t = performance.now()
    const out = await library.add(paths, () => updates++)
    const ms = performance.now() - t
    delay.disable()
    if (out.some((o) => !('added' in o))) throw new Error('a file was refused')
    const gb = bytes / 1024 ** 3
    return [
      { name: `files added`, value: count, unit: 'files', goal: '' },
      { name: 'bytes added', value: round(bytes / 1024 / 1024, 1), unit: 'MB', goal: '' },
      { name: 'time per GB', value: round(ms / 1000 / gb, 1), unit: 's/GB', goal: '' },
      { name: 'progress updates', value: updates, unit: 'events', goal: '' },
      { name: 'event-loop delay p99 while adding', value: round(delay.percentile(99) / 1e6, 1), unit: 'ms', goal: '' },
    ]
  } finally {
    rmSync(files, { recursive: true, force: true })
  }
}
export default bench
