/**
 * The lint rules that hold the layers of docs/ARCHITECTURE.md and the one
 * clock, tried on small snippets placed in each layer: if a rule stops firing,
 * `npm run lint` would wave a layer violation through, and this fails.
 */
import { resolve } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const eslint = new ESLint({ cwd: root, overrideConfigFile: resolve(root, 'eslint.config.js'), cache: false })

async function rulesFiring(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) })
  return result!.messages.map((m) => m.ruleId ?? m.message)
}

describe('layer rules', { timeout: 30_000 }, () => {
  it('keeps Node, Electron, React and app code out of shared/', async () => {
    for (const code of [
      "import { readFileSync } from 'node:fs'\nexport const f = readFileSync",
      "import { app } from 'electron'\nexport const a = app",
      "import { useState } from 'react'\nexport const u = useState",
      "import { x } from '../electron/backend/x'\nexport const y = x",
      "import { x } from '#backend/x'\nexport const y = x",
      'export const env = process.env',
    ])
      expect(await rulesFiring('shared/domain/probe.ts', code), code).toEqual([expect.stringMatching(/no-restricted-(imports|globals)/)])
    expect(await rulesFiring('shared/domain/probe.ts', "import { z } from 'zod'\nexport const s = z.string()")).toEqual([])
  })

  it('keeps the renderer away from electron/ and Node', async () => {
    expect(await rulesFiring('renderer/src/probe.ts', "import { x } from '../../electron/backend/x'\nexport const y = x")).toEqual([
      'no-restricted-imports',
    ])
    expect(await rulesFiring('renderer/src/probe.ts', "import { ipcRenderer } from 'electron'\nexport const i = ipcRenderer")).toEqual([
      'no-restricted-imports',
    ])
    expect(await rulesFiring('renderer/src/probe.ts', "import { x } from '#backend/app/x'\nexport const y = x")).toEqual(['no-restricted-imports'])
    expect(await rulesFiring('renderer/src/probe.ts', "import { geo } from '#shared/targeting/geo'\nexport const g = geo")).toEqual([])
  })

  it('lets only the shell import electron', async () => {
    const code = "import { app } from 'electron'\nexport const a = app"
    expect(await rulesFiring('electron/backend/probe.ts', code)).toEqual(['no-restricted-imports'])
    expect(await rulesFiring('electron/cli/probe.ts', code)).toEqual(['no-restricted-imports'])
    expect(await rulesFiring('electron/main/probe.ts', code)).toEqual([])
  })

  it('keeps the sandbox from borrowing the client’s request building', async () => {
    const code = "import { createTikTokClient } from '../tiktok-api/client'\nexport const c = createTikTokClient"
    expect(await rulesFiring('electron/backend/sandbox/probe.ts', code)).toEqual(['no-restricted-imports'])
    const aliased = "import { postChanges } from '#backend/sync/post-changes'\nexport const p = postChanges"
    expect(await rulesFiring('electron/backend/sandbox/probe.ts', aliased)).toEqual(['no-restricted-imports'])
    // Not even the client's constants or limiter: the sandbox keeps its own root path and QPS table.
    for (const code of [
      "import { API_ROOT_PATH } from '../tiktok-api/profiles'\nexport const r = API_ROOT_PATH",
      "import { DEFAULT_QPS } from '#backend/tiktok-api/rate-limiter'\nexport const q = DEFAULT_QPS",
      "import { createBody } from '#backend/sync/entity-mapping'\nexport const b = createBody",
    ])
      expect(await rulesFiring('electron/backend/sandbox/probe.ts', code), code).toEqual(['no-restricted-imports'])
    expect(
      await rulesFiring('electron/backend/sandbox/probe.ts', "import { SANDBOX_ROOT_PATH } from './qps-limits'\nexport const r = SANDBOX_ROOT_PATH"),
    ).toEqual([])
  })

  it('reads the wall clock only in shared/time/clock.ts', async () => {
    for (const code of ['export const t = new Date()', 'export const t = Date.now()'])
      for (const file of ['shared/domain/probe.ts', 'electron/backend/probe.ts', 'renderer/src/probe.ts', 'test/probe.test.ts'])
        expect(await rulesFiring(file, code), `${file}: ${code}`).toEqual(['no-restricted-syntax'])
    expect(await rulesFiring('shared/time/clock.ts', 'export const t = () => new Date()')).toEqual([])
    // A given instant and elapsed time are not "now".
    expect(await rulesFiring('electron/backend/probe.ts', 'export const t = new Date(0)\nexport const e = performance.now()')).toEqual([])
  })
})
