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
  const assets = join(root, 'out/renderer/assets')
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'))
  const raw = js.reduce((n, f) => n + statSync(join(assets, f)).size, 0)
  const gz = js.reduce((n, f) => n + gzipSync(readFileSync(join(assets, f))).length, 0)
  return [
    { name: 'renderer JS bundle', value: round(raw / 1024, 1), unit: 'KiB', goal: '< 1500 KiB' },
    { name: 'renderer JS bundle, gzip', value: round(gz / 1024, 1), unit: 'KiB', goal: '' },
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
