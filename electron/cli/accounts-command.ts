/**
 * `adwright accounts`: the advertisers a token can reach, with currency, time zone and status — the same listing as
 * the app's account switcher (advertiser-directory.ts): `/oauth2/advertiser/get/` (TikTok needs the app's id and
 * secret there), `/advertiser/info/`, and the token user's Business Centers' ad accounts.
 */
import { parseArgs } from 'node:util'
import { fetchAdvertiserListing } from '#backend/connection/advertiser-directory'
import { createTikTokClient } from '#backend/tiktok-api/client'
import { errorText, type CliIo } from './sync-cli-options'

export const ACCOUNTS_USAGE =
  'accounts --api <base url> [--token <t>] [--app-id <id> --secret <s>] [--json]  (token: ADWRIGHT_ACCESS_TOKEN; secret: ADWRIGHT_APP_SECRET)'

export async function runAccountsCommand(argv: string[], io: CliIo): Promise<number> {
  let values
  try {
    ;({ values } = parseArgs({
      args: argv,
      options: {
        api: { type: 'string' },
        token: { type: 'string' },
        'app-id': { type: 'string' },
        secret: { type: 'string' },
        json: { type: 'boolean' },
      },
    }))
  } catch (e) {
    io.stderr(`${errorText(e)}\nUsage: ${ACCOUNTS_USAGE}\n`)
    return 2
  }
  const token = values.token ?? process.env.ADWRIGHT_ACCESS_TOKEN
  // The environment keeps the secret out of the process list and shell history.
  const secret = values.secret ?? process.env.ADWRIGHT_APP_SECRET
  const appId = values['app-id']
  const missing = [!values.api && '--api', !token && '--token'].filter(Boolean)
  if (missing.length || (appId && !secret) || (!appId && values.secret)) {
    const why = missing.length ? `Missing ${missing.join(', ')}.` : '--app-id and --secret go together.'
    io.stderr(`${why}\nUsage: ${ACCOUNTS_USAGE}\n`)
    return 2
  }
  try {
    const client = createTikTokClient({ baseUrl: values.api!, accessToken: token!, secrets: secret ? [secret] : [] })
    const list = await fetchAdvertiserListing(client, 'production', appId && secret ? { appId, secret } : undefined, (l) => io.stderr(`${l}\n`))
    const rows = list.map((a) => ({
      advertiser_id: a.advertiser_id,
      name: a.advertiser_name,
      currency: a.currency || null,
      timezone: a.timezone || null,
      status: a.status ?? null,
      ...(a.businessCenter ? { business_center: a.businessCenter } : {}),
      ...(a.authorized === false ? { authorized: false } : {}),
    }))
    if (values.json) io.stdout(`${JSON.stringify(rows, null, 2)}\n`)
    else
      for (const r of rows) {
        const extra = [r.business_center, r.authorized === false ? 'not granted to this token' : null].filter(Boolean).join(', ')
        io.stdout(`${r.advertiser_id}  ${r.name}  ${r.currency ?? '—'}  ${r.timezone ?? '—'}  ${r.status ?? '—'}${extra ? `  (${extra})` : ''}\n`)
      }
    return 0
  } catch (e) {
    io.stderr(`Listing failed: ${errorText(e)}\n`)
    return 1
  }
}
