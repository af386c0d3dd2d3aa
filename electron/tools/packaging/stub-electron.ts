import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** The Electron version the project pins, as electron-builder would download it. */
export function pinnedElectronVersion(projectDir: string): string {
  const pkg = JSON.parse(readFileSync(join(projectDir, 'node_modules/electron/package.json'), 'utf8'))
  return pkg.version as string
}

/**
 * Electron's fuse wire as @electron/fuses finds it in a real binary: its sentinel, the
 * wire version (1), the number of fuses, then one byte per fuse ('1' on, '0' off), here
 * Electron's defaults (RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on,
 * asar integrity off, only-asar off, V8 snapshot off, file:// privileges on). With it in
 * the stub, electron-builder flips the fuses for real and the test reads them back.
 */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const ELECTRON_DEFAULT_FUSES = '10110001'
const STUB_FUSE_WIRE = `${FUSE_SENTINEL}\x01${String.fromCharCode(ELECTRON_DEFAULT_FUSES.length)}${ELECTRON_DEFAULT_FUSES}`

/**
 * Writes a stand-in for an unpacked Electron release into `dir`: the few files
 * electron-builder copies (`electron`, `version`, `LICENSE`, `resources/`).
 * With it as `electronDist`, a Linux `dir` build runs offline and produces the
 * real app.asar; the "executable" is a shell script that does nothing.
 */
export function writeStubElectron(dir: string, version: string): void {
  writeFileSync(join(dir, 'electron'), `#!/bin/sh\n# Stand-in Electron for offline packaging tests.\nexit 0\n# ${STUB_FUSE_WIRE}\n`, { mode: 0o755 })
  writeFileSync(join(dir, 'version'), version)
  writeFileSync(join(dir, 'LICENSE'), 'Stand-in for the Electron licence; never shipped.\n')
  mkdirSync(join(dir, 'resources'), { recursive: true })
}
