import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** The Electron version the project pins, as electron-builder would download it. */
export function pinnedElectronVersion(projectDir: string): string {
  const pkg = JSON.parse(readFileSync(join(projectDir, 'node_modules/electron/package.json'), 'utf8'))
  return pkg.version as string
}

/**
 * Writes a stand-in for an unpacked Electron release into `dir`: the few files
 * electron-builder copies (`electron`, `version`, `LICENSE`, `resources/`).
 * With it as `electronDist`, a Linux `dir` build runs offline and produces the
 * real app.asar; the "executable" is a shell script that does nothing.
 */
export function writeStubElectron(dir: string, version: string): void {
  writeFileSync(join(dir, 'electron'), '#!/bin/sh\n# Stand-in Electron for offline packaging tests.\nexit 0\n', { mode: 0o755 })
  writeFileSync(join(dir, 'version'), version)
  writeFileSync(join(dir, 'LICENSE'), 'Stand-in for the Electron licence; never shipped.\n')
  mkdirSync(join(dir, 'resources'), { recursive: true })
}
