import { spawn } from 'node:child_process'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../..')

/**
 * Runs a writer script (one that prints `ack <n>` after each durable step) and
 * SIGKILLs it once it has acknowledged `acks` steps; resolves with the last ack
 * it printed. For crash tests: whatever was acknowledged must survive.
 */
export function runThenKill(script: string, args: string[], acks: number): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    let last = 0
    let buffered = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop()!
      for (const line of lines) last = Number(line.replace('ack ', ''))
      if (last >= acks) child.kill('SIGKILL')
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? done(last) : fail(new Error(`writer exited ${code}: ${stderr}`))))
  })
}
