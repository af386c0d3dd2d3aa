/**
 * Hands out a TikTok API client for the active connection profile. For the
 * embedded sandbox it starts the local server on first use, with a random
 * per-run token and its state kept in the user data folder; for TikTok's
 * sandbox and production it uses the token from the vault. The sync engine is
 * the intended caller.
 */
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import type { ConnectionProfile } from '#shared/settings/settings'
import type { Now } from '#shared/time/clock'
import { startSandboxServer, type SandboxOptions, type SandboxServer } from '../sandbox/server'
import { ServiceError } from '../app/service-error'
import { createTikTokClient, type TikTokClient } from '../tiktok-api/client'
import { TIKTOK_BASE_URLS } from '../tiktok-api/profiles'
import { createTokenRefusals } from './token-refusals'
import { PRIMARY_LOGIN, type TokenProfile, type TokenVault } from './token-vault'

export const EMBEDDED_SANDBOX_STATE_FILE = 'embedded-sandbox.json'

export interface ApiConnectionDeps {
  userDataDir: string
  vault: TokenVault
  log?: (line: string) => void
  /** The app's clock, which the embedded sandbox runs on too (shared/time/clock.ts). */
  now: Now
  /** Extra sandbox options (tests pass an in-memory state or QPS). */
  sandbox?: Omit<SandboxOptions, 'tokens' | 'now'>
  /**
   * API roots to use instead of TikTok's for a profile: the browser harness and tests point "TikTok sandbox" at a
   * local sandbox server to log in through its stand-in authorization page. The app passes none.
   */
  baseUrls?: Partial<Record<TokenProfile, string>>
}

export function createApiConnection(deps: ApiConnectionDeps) {
  // Only this process knows the embedded sandbox's token, so other local programs cannot post to it.
  const sandboxToken = randomBytes(24).toString('hex')
  let sandbox: Promise<SandboxServer> | null = null
  const refusals = createTokenRefusals()
  const baseUrlOf = (profile: TokenProfile) => deps.baseUrls?.[profile] ?? TIKTOK_BASE_URLS[profile]

  function embeddedSandbox(): Promise<SandboxServer> {
    sandbox ??= startSandboxServer({
      stateFile: join(deps.userDataDir, EMBEDDED_SANDBOX_STATE_FILE),
      ...deps.sandbox,
      tokens: [sandboxToken],
      now: deps.now,
    })
    return sandbox
  }

  return {
    embeddedSandbox,
    baseUrlOf,
    /** Logins TikTok refused the token of ("needs reconnect"). */
    refusals,
    /** A client with one login's token (the primary, or else the first, when none is named). */
    async client(profile: ConnectionProfile, login?: string): Promise<TikTokClient> {
      if (profile === 'embedded-sandbox') {
        const server = await embeddedSandbox()
        return createTikTokClient({ baseUrl: server.baseUrl, accessToken: sandboxToken, log: deps.log })
      }
      const which = login ?? deps.vault.logins(profile)[0] ?? PRIMARY_LOGIN
      const token = deps.vault.load(profile, which)
      if (!token) throw new ServiceError('FORBIDDEN', 'No TikTok account is connected for this profile. Connect one in Settings.')
      return createTikTokClient({
        baseUrl: baseUrlOf(profile),
        accessToken: token,
        // The listing sends the app secret in the query (/oauth2/advertiser/get/): kept out of messages and logs too.
        secrets: [deps.vault.loadApp(profile)?.secret ?? ''].filter(Boolean),
        log: deps.log,
        onTokenRefused: (refusal) => refusals.record(profile, refusal, which),
      })
    },
    /** Typed by string to match AppServicesDeps.hasToken; unknown profiles have no token. */
    hasToken: (profile: string) =>
      profile === 'embedded-sandbox' || ((profile === 'tiktok-sandbox' || profile === 'production') && deps.vault.has(profile)),
    async close() {
      const running = sandbox
      sandbox = null
      if (running) await (await running).close()
    },
  }
}
export type ApiConnection = ReturnType<typeof createApiConnection>
