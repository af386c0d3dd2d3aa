/**
 * `adwright export --store <folder> --advertiser <id> --format csv|plan [--out <file>]`:
 * writes the account as the app's Export does (the same writer), so scripts and
 * tests can check what leaves the app. Without --out the text goes to stdout.
 */
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { AccountStore } from '#backend/accounts/store/account-store'
import { sourceProbe } from '#backend/accounts/store/source-probe'
import { exportContent } from '#backend/accounts/account-transfer'
import { writeFileAtomic } from '#backend/storage/atomic-write'
import { openAudienceCatalogue } from '#backend/accounts/audience-catalogue'
import { errorText, type CliIo } from './sync-cli-options'

export const EXPORT_USAGE = 'export --store <folder> --advertiser <id> --format csv|plan [--out <file>]'

export async function runExportCommand(argv: string[], io: CliIo): Promise<number> {
  let values
  try {
    ;({ values } = parseArgs({
      args: argv,
      options: { store: { type: 'string' }, advertiser: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } },
    }))
  } catch (e) {
    io.stderr(`${errorText(e)}\nUsage: ${EXPORT_USAGE}\n`)
    return 2
  }
  const problem =
    !values.store || !values.advertiser || !values.format
      ? 'Missing --store, --advertiser or --format.'
      : !/^\d{1,30}$/.test(values.advertiser)
        ? `"${values.advertiser}" is not an advertiser id.`
        : !['csv', 'plan'].includes(values.format)
          ? `--format is csv or plan (it is "${values.format}").`
          : null
  if (problem) {
    io.stderr(`${problem}\nUsage: ${EXPORT_USAGE}\n`)
    return 2
  }
  let store: AccountStore
  const dir = join(values.store!, 'accounts', values.advertiser!)
  try {
    store = AccountStore.open({ dir, advertiserId: values.advertiser!, now: io.now, probe: sourceProbe((reason) => io.stderr(`${reason}\n`)) })
  } catch (e) {
    io.stderr(`Cannot open the local store: ${errorText(e)}\n`)
    return 1
  }
  try {
    const format = values.format === 'csv' ? 'csv' : 'json'
    // A plan lists the advertiser's audiences too, as the app's Export writes them.
    const content = exportContent(store.snapshot(), values.advertiser!, format, format === 'json' ? openAudienceCatalogue(dir).list() : [])
    if (values.out) writeFileAtomic(values.out, content)
    else io.stdout(content.endsWith('\n') ? content : `${content}\n`)
    return 0
  } catch (e) {
    io.stderr(`Export failed: ${errorText(e)}\n`)
    return 1
  } finally {
    store.close()
  }
}
