/**
 * `npm run pack:dir [output-dir] [electron-builder options…]`: packs the built
 * app (out/) into an unpacked Linux folder with a stand-in Electron, so the
 * packaging config can be checked on a machine that cannot download Electron.
 * The result is not runnable; its resources/app.asar is exactly what the
 * Windows and macOS installers would ship.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pinnedElectronVersion, writeStubElectron } from './packaging/stub-electron'

const projectDir = resolve(import.meta.dirname, '../..')
const [outputDir = join(projectDir, 'release'), ...extraArgs] = process.argv.slice(2)
const stubDir = mkdtempSync(join(tmpdir(), 'adwright-stub-electron-'))

try {
  writeStubElectron(stubDir, pinnedElectronVersion(projectDir))
  const result = spawnSync(
    process.execPath,
    [
      join(projectDir, 'node_modules/electron-builder/cli.js'),
      '--linux',
      'dir',
      '--publish',
      'never',
      `-c.electronDist=${stubDir}`,
      `-c.directories.output=${resolve(outputDir)}`,
      // Rebuilding native modules needs Electron's headers, which only the release runners can download.
      '-c.npmRebuild=false',
      ...extraArgs,
    ],
    { cwd: projectDir, stdio: 'inherit' },
  )
  process.exitCode = result.status ?? 1
} finally {
  rmSync(stubDir, { recursive: true, force: true })
}
