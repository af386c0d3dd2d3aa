/**
 * `npm run cli -- <command>`: headless validation, reach and taxonomy for
 * agencies' automation. Plain Node (run by tsx); no Electron.
 */
import { readFileSync } from 'node:fs'
import { runCli } from './run'

process.exitCode = runCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
})
