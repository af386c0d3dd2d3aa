/** `npm run cli -- <command> …`: Adwright's command line. */
import { runReportCommand } from './report-command'

const COMMANDS: Record<string, (argv: string[], io: { stdout: (t: string) => void; stderr: (t: string) => void }) => Promise<number>> = {
  report: runReportCommand,
}

const [command, ...rest] = process.argv.slice(2)
const io = { stdout: (t: string) => void process.stdout.write(t), stderr: (t: string) => void process.stderr.write(t) }
const run = command ? COMMANDS[command] : undefined
if (!run) {
  io.stderr(`Usage: npm run cli -- <command> [options]\nCommands: ${Object.keys(COMMANDS).join(', ')}\n`)
  process.exitCode = 2
} else {
  process.exitCode = await run(rest, io)
}
