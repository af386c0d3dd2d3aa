import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../..')
const source = readFileSync(join(root, '.github/workflows/release.yml'), 'utf8')
const workflow = load(source) as Record<string, any>
const jobs = Object.values(workflow.jobs) as Array<Record<string, any>>
const steps = jobs.flatMap((job) => job.steps as Array<Record<string, any>>)
const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>

describe('release workflow', () => {
  it('runs on version tags only', () => {
    expect(workflow.on).toEqual({ push: { tags: ['v*'] } })
  })

  it('pins every action to a full commit SHA, with the version in a comment', () => {
    const uses = source.split('\n').filter((line) => /^\s*-?\s*uses:/.test(line))
    expect(uses.length).toBe(steps.filter((s) => s.uses).length)
    for (const line of uses) expect(line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/)
  })

  it('grants no permission by default and write access only to the release job', () => {
    expect(workflow.permissions).toEqual({})
    expect(workflow.jobs.installers.permissions).toEqual({ contents: 'read' })
    expect(workflow.jobs.release.permissions).toEqual({ contents: 'write' })
  })

  it('builds on Windows and macOS after the typecheck and unit tests, through the npm scripts', () => {
    expect(workflow.jobs.installers.strategy.matrix.include.map((m: { os: string }) => m.os)).toEqual(['windows-latest', 'macos-latest'])
    const runs = workflow.jobs.installers.steps.map((s: { run?: string }) => s.run).filter(Boolean)
    for (const build of ['npm run build:win', 'npm run build:mac']) {
      const at = ['npm ci --no-audit --no-fund', 'npm run typecheck', 'npm run test:unit', build].map((c) => runs.indexOf(c))
      expect(
        at.every((i: number) => i >= 0),
        build,
      ).toBe(true)
      expect(at, build).toEqual([...at].sort((a, b) => a - b))
    }
    for (const script of ['typecheck', 'test:unit', 'build:win', 'build:mac']) expect(scripts[script], script).toBeDefined()
  })

  it('uploads the installers and the update feeds electron-updater reads', () => {
    const files = workflow.jobs.installers.strategy.matrix.include.map((m: { files: string }) => m.files).join('\n')
    for (const feed of ['release/latest.yml', 'release/latest-mac.yml', 'release/*.exe', 'release/*.dmg', 'release/*.zip']) {
      expect(files).toContain(feed)
    }
  })
})
