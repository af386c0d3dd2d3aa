/** `adwright pull`: "Get recent changes" into a local store, from the command line. */
import { errorText, openSync, parseSyncArgs, SYNC_USAGE, UsageError, type CliIo } from './sync-cli-options'

export async function runPullCommand(argv: string[], io: CliIo): Promise<number> {
  let args
  try {
    args = parseSyncArgs(argv)
  } catch (e) {
    io.stderr(`${errorText(e)}\nUsage: pull ${SYNC_USAGE}\n`)
    return e instanceof UsageError ? 2 : 1
  }
  let opened
  try {
    opened = openSync(args, io.now)
  } catch (e) {
    io.stderr(`Cannot open the local store: ${errorText(e)}\n`)
    return 1
  }
  try {
    const { result } = await opened.engine.download()
    io.stdout(`Downloaded ${result.campaigns} campaigns, ${result.adgroups} ad groups, ${result.ads} ads for advertiser ${args.advertiserId}.\n`)
    for (const c of opened.engine.state().conflicts)
      io.stdout(`conflict ${c.kind} ${c.id} "${c.name}": changed on TikTok and locally (${c.fields.join(', ')})\n`)
    return 0
  } catch (e) {
    io.stderr(`Download failed: ${errorText(e)}\n`)
    return 1
  } finally {
    opened.store.close()
  }
}
