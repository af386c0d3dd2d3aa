import { spawn } from 'node:child_process'
import { resolve } from 'node:path'

const CHILD = resolve(import.meta.dirname, 'sync-post-child.ts')

/**
 * Posts the store in `dataDir` to the sandbox at `apiUrl` from a child process
 * (sync-post-child.ts) and SIGKILLs it as soon as `until()` holds (polled every
 * 2 ms), or at the deadline. Resolves with the signal it died of and its stderr.
 */
export async function postInChildUntil(dataDir: string, apiUrl: string, until: () => boolean, deadlineMs = 30_000) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env: { ...process.env, ADWRIGHT_DATA_DIR: dataDir, ADWRIGHT_API: apiUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (d) => (stderr += String(d)))
  const exited = new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_code, signal) => r(signal)))
  const deadline = performance.now() + deadlineMs
  while (!until() && performance.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 2))
  child.kill('SIGKILL')
  return { signal: await exited, stderr }
}
