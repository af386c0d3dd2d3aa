/**
 * `npm run cli -- <command>`: Adwright's command line for agencies' automation.
 * Plain Node (run by tsx); no Electron. Plan-file commands (validate, reach,
 * taxonomy) run offline in ./run.ts; commands that talk to the Marketing API
 * each live in their own module and are listed in ONLINE.
 */
import { runAccountsCommand } from './accounts-command'
import { runCreativesCommand } from './creatives-command'
import { runExportCommand } from './export-command'
import { runPullCommand } from './pull-command'
import { runPushCommand } from './push-command'
import { runReportCommand } from './report-command'
import type { CliIo } from './sync-cli-options'
import { readInputFile } from './read-input-file'
import { runCli } from './run'
import { takeNowOption } from './now-option'

type OnlineCommand = (argv: string[], io: CliIo) => Promise<number>

const ONLINE: Record<string, OnlineCommand> = {
  accounts: runAccountsCommand,
  pull: runPullCommand,
  push: runPushCommand,
  report: runReportCommand,
  creatives: runCreativesCommand,
  export: runExportCommand,
}

const taken = takeNowOption(process.argv.slice(2))
if ('error' in taken) {
  process.stderr.write(`${taken.error}\n`)
  process.exitCode = 2
} else {
  const { argv, now } = taken
  const [command, ...rest] = argv
  const online = command ? ONLINE[command] : undefined
  if (online) {
    process.exitCode = await online(rest, {
      stdout: (text) => void process.stdout.write(text),
      stderr: (text) => void process.stderr.write(text),
      now,
    })
  } else {
    process.exitCode = runCli(argv, {
      readFile: readInputFile,
      out: (text) => process.stdout.write(`${text}\n`),
      err: (text) => process.stderr.write(`${text}\n`),
      now,
    })
  }
}
