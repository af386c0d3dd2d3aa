import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { extractFile, listPackage } from '@electron/asar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))

let outputDir: string
let asarPath: string
let files: string[]

/** Bare package names the built main process imports (what electron-vite left external). */
function mainImports(): string[] {
  const names = new Set<string>()
  const bundles = readdirSync(join(root, 'out/main'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'))
  for (const file of bundles) {
    const code = readFileSync(join(root, 'out/main', file), 'utf8')
    // A module specifier has no whitespace: this keeps code like `path: ["from"], message: "…"` from reading as an import.
    for (const [, spec] of code.matchAll(/\bfrom\s*["']([^"'./\s][^"'\s]*)["']|\bimport\(\s*["']([^"'./\s][^"'\s]*)["']/g)) {
      if (!spec || spec.startsWith('node:') || spec === 'electron') continue
      const parts = spec.split('/')
      names.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!)
    }
  }
  return [...names]
}

const packaged = (name: string) => files.includes(`/node_modules/${name}/package.json`)

beforeAll(async () => {
  outputDir = mkdtempSync(join(tmpdir(), 'adwright-pack-'))
  // The real script: electron-vite build, then electron-builder with a stand-in Electron.
  // The owner/repo stand in for the git remote the release runners have.
  await promisify(execFile)('npm', ['run', 'pack:dir', '--', outputDir, '-c.publish.owner=example', '-c.publish.repo=adwright'], {
    cwd: root,
    env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
    maxBuffer: 16 * 1024 * 1024,
  })
  asarPath = join(outputDir, 'linux-unpacked/resources/app.asar')
  files = listPackage(asarPath, { isPack: false })
})

afterAll(() => rmSync(outputDir, { recursive: true, force: true }))

describe('the packed app (electron-builder --linux dir)', () => {
  it('holds the main, preload and renderer bundles, and package.json points at main', () => {
    expect(files).toEqual(expect.arrayContaining(['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html']))
    expect(files.some((f) => /^\/out\/renderer\/assets\/index-[\w-]+\.js$/.test(f))).toBe(true)
    const packedPkg = JSON.parse(extractFile(asarPath, 'package.json').toString())
    expect(files).toContain(`/${packedPkg.main}`)
    expect(packedPkg.devDependencies).toBeUndefined()
  })

  it('holds every package the main bundle imports, with its own dependencies', () => {
    const imports = mainImports()
    expect(imports).toEqual(expect.arrayContaining(['electron-store', 'zod', 'electron-updater']))
    for (const name of [...imports, 'conf', 'builder-util-runtime']) expect(packaged(name), name).toBe(true)
  })

  it('leaves out what Vite bundled into the renderer', () => {
    for (const name of ['react', 'react-dom', 'recharts', 'zustand', 'scheduler']) expect(packaged(name), name).toBe(false)
  })

  it('declares as dependencies only what main imports or what those need', () => {
    const needed = new Set(mainImports())
    for (const name of [...needed]) {
      const deps = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).dependencies ?? {}
      for (const dep of Object.keys(deps)) needed.add(dep)
    }
    const unused = Object.keys(pkg.dependencies).filter((name) => !needed.has(name))
    expect(unused, 'renderer-only packages belong in devDependencies (Vite bundles them)').toEqual([])
  })

  it('ships no sources, tests, docs, maps or build files', () => {
    // Top level: package.json, the three bundles and the runtime node_modules; nothing else.
    expect(new Set(files.map((f) => f.split('/')[1]))).toEqual(new Set(['package.json', 'out', 'node_modules']))
    expect(new Set(files.filter((f) => f.startsWith('/out/')).map((f) => f.split('/')[2]))).toEqual(new Set(['main', 'preload', 'renderer']))
    const offenders = files.filter(
      (f) => /\.(ts|tsx|mts|cts|map)$/.test(f) || /\/(README|CHANGELOG|HISTORY)(\.\w+)?$/i.test(f) || /\/(__tests__|tests?)\//.test(f),
    )
    expect(offenders).toEqual([])
  })

  it('configures the updater for GitHub releases', () => {
    const updateYml = readFileSync(join(outputDir, 'linux-unpacked/resources/app-update.yml'), 'utf8')
    expect(updateYml).toMatch(/^provider: github$/m)
    expect(updateYml).toMatch(/^owner: example$/m)
    expect(updateYml).toMatch(/^repo: adwright$/m)
  })

  it('has its fuses flipped in the packed binary: no RunAsNode, cookie encryption, asar integrity, asar only', async () => {
    const { FuseV1Options, getCurrentFuseWire } = await import('@electron/fuses')
    const executable = join(outputDir, 'linux-unpacked', pkg.name as string)
    const wire = await getCurrentFuseWire(executable)
    const on = (fuse: number) => wire[fuse as keyof typeof wire] === 49 // '1'
    expect({
      runAsNode: on(FuseV1Options.RunAsNode),
      cookieEncryption: on(FuseV1Options.EnableCookieEncryption),
      nodeOptions: on(FuseV1Options.EnableNodeOptionsEnvironmentVariable),
      inspect: on(FuseV1Options.EnableNodeCliInspectArguments),
      asarIntegrity: on(FuseV1Options.EnableEmbeddedAsarIntegrityValidation),
      onlyAsar: on(FuseV1Options.OnlyLoadAppFromAsar),
      fileProtocolPrivileges: on(FuseV1Options.GrantFileProtocolExtraPrivileges),
    }).toEqual({
      runAsNode: false,
      cookieEncryption: true,
      nodeOptions: false,
      inspect: false,
      asarIntegrity: true,
      onlyAsar: true,
      fileProtocolPrivileges: false,
    })
  })

  it('stays small (a budget, to catch a dependency dragged in by mistake)', () => {
    // 12.0 MB on 2026-12-03 with the app's own code grown (Smart+, logins, thumbnails); a dependency dragged in by
    // mistake adds megabytes, which this still catches.
    expect(statSync(asarPath).size).toBeLessThan(13 * 1024 * 1024)
  })
})
