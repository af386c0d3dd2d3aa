import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../..')
const require = createRequire(import.meta.url)

type Config = Record<string, any>
const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Config

/** electron-builder's own JSON schema; strict:false because it uses a custom `typeof` keyword. */
const validate = new Ajv({ strict: false, allErrors: true }).compile(require('app-builder-lib/scheme.json'))

describe('electron-builder.yml', () => {
  it("matches electron-builder's schema", () => {
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true)
  })

  it('is checked strictly: an unknown key is rejected', () => {
    expect(validate({ ...config, bogusOption: true })).toBe(false)
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ keyword: 'additionalProperties', params: { additionalProperty: 'bogusOption' } }),
    )
    expect(validate({ ...config, nsis: { ...config.nsis, oneClik: false } })).toBe(false)
  })

  it('builds an assisted per-user NSIS installer for x64 and arm64', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64', 'arm64'] }])
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
    })
  })

  it('builds hardened, notarizable dmg (and the zip the updater needs) for arm64 and x64', () => {
    expect(config.mac.target).toEqual([
      { target: 'dmg', arch: ['arm64', 'x64'] },
      { target: 'zip', arch: ['arm64', 'x64'] },
    ])
    expect(config.mac).toMatchObject({ hardenedRuntime: true, notarize: true })
    expect(existsSync(join(root, config.mac.entitlements))).toBe(true)
    expect(config.dmg.contents).toContainEqual(expect.objectContaining({ type: 'link', path: '/Applications' }))
  })

  it('keeps resources in build/ and installers in a git-ignored release/', () => {
    expect(config.directories).toEqual({ buildResources: 'build', output: 'release' })
    for (const icon of ['icon.png', 'icon.ico', 'icon.icns']) expect(existsSync(join(root, 'build', icon)), icon).toBe(true)
    expect(readFileSync(join(root, '.gitignore'), 'utf8').split('\n')).toContain('release/')
  })

  it('opens plan files, unpacks native addons and publishes to GitHub releases', () => {
    expect(config.fileAssociations).toContainEqual(expect.objectContaining({ ext: 'adwright.json' }))
    expect(config.asarUnpack).toContain('**/*.node')
    expect(config.publish).toMatchObject({ provider: 'github' })
  })
})

describe('Electron fuses', () => {
  it('turn off running as Node, NODE_OPTIONS, --inspect and file:// privileges, and turn on cookie encryption, asar integrity and asar-only loading', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      resetAdHocDarwinSignature: true,
    })
  })

  it('leave nothing in main that needs ELECTRON_RUN_AS_NODE (the database check runs in a utility process)', () => {
    const main = readFileSync(join(root, 'electron/main/index.ts'), 'utf8')
    expect(main).not.toContain('ELECTRON_RUN_AS_NODE')
    expect(main).toContain('utilityProbeRunner(')
    // The renderer comes from the app:// protocol, not file://, which the fuse leaves without extra rights.
    expect(main).toContain('protocol.handle(APP_SCHEME')
    expect(main).not.toContain('loadFile')
  })
})
