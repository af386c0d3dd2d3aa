/**
 * `npm run sandbox`: the embedded sandbox API on its own, for curl, demos and
 * the TikTok client. Options via the environment: SANDBOX_PORT (default random),
 * SANDBOX_SEED, SANDBOX_STATE (a JSON file to keep objects across runs),
 * ADWRIGHT_NOW (an ISO time the sandbox clock starts at), SANDBOX_UNKNOWN_FIELDS=ignore (accept parameters
 * TikTok's spec does not list instead of answering 40002), SANDBOX_FAULTS (JSON FaultsConfig, e.g. `{"rules":[{"endpoint":"/ad/create/","kind":"error-code","code":50000,"probability":0.2}]}`;
 * `{"customIdentity":"refused"}` plays an advertiser TikTok no longer allows new Custom Identity ads),
 * SANDBOX_LARGE_ACCOUNT_ADS (adds that many ads to the demo advertiser, e.g. 20500: past the synchronous report's cap).
 */
import type { FaultsConfig } from '#backend/sandbox/faults'
import { processClock } from '#backend/app/process-clock'
import { SANDBOX_DEMO_TOKEN, startSandboxServer } from '#backend/sandbox/server'
import { AUTH_PAGE_PATH } from '#backend/sandbox/auth-page'
import { SANDBOX_APP } from '#backend/sandbox/oauth-directory'

const server = await startSandboxServer({
  port: Number(process.env.SANDBOX_PORT ?? 0),
  seed: Number(process.env.SANDBOX_SEED ?? 1),
  stateFile: process.env.SANDBOX_STATE || undefined,
  faults: process.env.SANDBOX_FAULTS ? (JSON.parse(process.env.SANDBOX_FAULTS) as FaultsConfig) : undefined,
  unknownFields: process.env.SANDBOX_UNKNOWN_FIELDS === 'ignore' ? 'ignore' : 'refuse',
  largeAccountAds: process.env.SANDBOX_LARGE_ACCOUNT_ADS ? Number(process.env.SANDBOX_LARGE_ACCOUNT_ADS) : undefined,
  now: processClock().now,
})
console.log(`Sandbox API: ${server.baseUrl}`)
console.log(`Access-Token: ${SANDBOX_DEMO_TOKEN}`)
console.log(`Try: curl -H 'Access-Token: ${SANDBOX_DEMO_TOKEN}' '${server.baseUrl}/oauth2/advertiser/get/'`)
// The OAuth login's developer app and stand-in authorization page (sandbox/oauth-directory.ts, auth-page.ts).
console.log(`Log in (OAuth): app id ${SANDBOX_APP.app_id}, secret ${SANDBOX_APP.secret}; page ${new URL(AUTH_PAGE_PATH, server.baseUrl)}`)

const stop = () => void server.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
