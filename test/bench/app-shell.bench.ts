import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { readFileSync } from 'node:fs'
import { build } from 'vite'
import { openHarness, chromiumPath } from '../e2e/harness'
import { percentile, round, type Bench, type Figure } from './figures'

const root = resolve(import.meta.dirname, '../..')

function bundleFigures(): Figure[] {
  execFileSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'ignore' })
  const dir = join(root, 'out/renderer')
  const size = (files: string[], gzip = false) =>
    files.reduce((n, f) => n + (gzip ? gzipSync(readFileSync(join(dir, f))).length : statSync(join(dir, f)).size), 0) / 1024
  const all = readdirSync(join(dir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`)
  // What the window loads before the first render: the entry script and its modulepreloads.
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const initial = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!)
  return [
    { name: 'renderer JS loaded at start', value: round(size(initial), 1), unit: 'KiB', goal: '< 1000 KiB' },
    { name: 'renderer JS loaded at start, gzip', value: round(size(initial, true), 1), unit: 'KiB', goal: '' },
    { name: 'renderer JS in all (charts load with their pages)', value: round(size(all), 1), unit: 'KiB', goal: '' },
  ]
}

/** Navigation start → the app's main navigation painted, over fresh page loads. */
async function firstRender(): Promise<Figure[]> {
  if (!chromiumPath) return []
  await build({ configFile: join(root, 'vite.web.config.ts'), logLevel: 'warn' })
  const h = await openHarness()
  const samples: number[] = []
  try {
    for (let i = 0; i < 15; i++) {
      await h.page.reload()
      await h.page.getByRole('navigation', { name: 'Main' }).waitFor()
      await h.page.getByTestId('pending-count').waitFor()
      samples.push(await h.page.evaluate(() => performance.now()))
    }
  } finally {
    await h.close()
  }
  return [
    { name: 'time to first render, p50', value: round(percentile(samples, 50), 0), unit: 'ms', goal: '< 500 ms' },
    { name: 'time to first render, p95', value: round(percentile(samples, 95), 0), unit: 'ms', goal: '' },
  ]
}

const bench: Bench = async () => [...bundleFigures(), ...(await firstRender())]
export default bench
