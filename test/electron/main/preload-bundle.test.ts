import { relative, resolve } from 'node:path'
import { rolldown } from 'rolldown'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../../..')

/**
 * Sandboxed preloads cannot load packages, so the preload bundle may hold only
 * its own file and the contract's plain constants. The contract imports the zod
 * schemas as types only; this fails if one of those imports starts to carry code.
 */
describe('the preload bundle', () => {
  it('holds only the preload and the type-free contract modules, never zod', async () => {
    const bundle = await rolldown({ input: resolve(root, 'electron/preload/index.ts'), external: ['electron'], platform: 'node' })
    const { output } = await bundle.generate({ format: 'cjs' })
    await bundle.close()
    const modules = output.flatMap((chunk) => (chunk.type === 'chunk' ? chunk.moduleIds : []))
    expect(modules.map((id) => relative(root, id).replaceAll('\\', '/')).sort()).toEqual([
      'electron/preload/index.ts',
      'shared/ipc/contract.ts',
      'shared/ipc/result.ts',
    ])
    const code = output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('\n')
    expect(code).not.toMatch(/require\((?!["']electron["'])/)
  })
})
