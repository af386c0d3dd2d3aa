/** `adwright pull`: "Get recent changes" into a local store, from the command line. */
import { downloadLossSentences } from '#shared/domain/download-losses'
import { errorText, openSync, parseSyncArgs, SYNC_USAGE, UsageError, type CliIo } from './sync-cli-options'

export async function runPullCommand(argv: string[], io: CliIo): Promise<number> {
  let args
  try {
    args = parseSyncArgs(argv, { acceptRemovals: true })
  } catch (e) {
    io.stderr(`${errorText(e)}\nUsage: pull ${SYNC_USAGE} [--accept-removals]\n`)
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
    let run = await opened.engine.download()
    // --accept-removals is the buyer's go-ahead for what this download would take; without it nothing is written.
    if (run.preview && args.acceptRemovals) run = await opened.engine.download({ confirmation: run.preview.confirmation })
    if (run.preview) {
      for (const sentence of downloadLossSentences(run.preview.losses)) io.stderr(`${sentence}\n`)
      io.stderr('Nothing was changed. Run pull again with --accept-removals to download anyway.\n')
      return 1
    }
    const { result } = run
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
