import { utilityProcess } from 'electron'
import type { ProbeRun } from '#backend/accounts/store/probe-at-start'

/**
 * Runs the bundled database check in an Electron utility process: a Node child that
 * needs no ELECTRON_RUN_AS_NODE, which the RunAsNode fuse switches off in packaged
 * builds. A crash of the check (liblmdb aborting on a bad page) ends only that child;
 * utility processes report no signal, so a crash shows as an exit code that is neither
 * 0 (sound) nor 2 (damage found), and is reported as a crash.
 */
export function utilityProbeRunner(scriptPath: string, timeoutMs = 20_000) {
  return (dir: string): Promise<ProbeRun> =>
    new Promise((resolve, reject) => {
      const child = utilityProcess.fork(scriptPath, [dir], { stdio: 'pipe', serviceName: 'Adwright database check' })
      let stdout = ''
      child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
      const timer = setTimeout(() => {
        child.kill()
        reject(new Error(`no answer within ${timeoutMs / 1000} s`))
      }, timeoutMs)
      child.once('exit', (code: number) => {
        clearTimeout(timer)
        const crashed = code !== 0 && code !== 2
        resolve({ status: crashed ? null : code, signal: crashed ? `exit code ${code}` : null, stdout })
      })
    })
}
