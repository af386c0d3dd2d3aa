/** The command-line entry: `npm run cli -- <command> …`. */
import { runPullCommand } from './pull-command'
import { runPushCommand } from './push-command'

const COMMANDS: Record<string, (argv: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void }) => Promise<number>> = {
  pull: runPullCommand,
  push: runPushCommand,
}

const [name, ...rest] = process.argv.slice(2)
const command = name ? COMMANDS[name] : undefined
if (!command) {
  process.stderr.write(`Usage: adwright <${Object.keys(COMMANDS).join('|')}> …\n`)
  process.exitCode = 2
} else {
  process.exitCode = await command(rest, { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) })
}
