/**
 * "Connect TikTok account": TikTok's authorization-code flow for a desktop app,
 * in plain Node (electron/main only lends it `shell.openExternal`).
 *
 * 1. The app's id and secret come from the vault (the user typed them once).
 * 2. A one-shot loopback listener (loopback-redirect.ts) waits on 127.0.0.1.
 * 3. The system browser opens TikTok's authorization page with a fresh random `state`.
 * 4. The callback with that state brings the code; it is exchanged at
 *    `/oauth2/access_token/` and the long-lived token goes into the vault.
 * Starting again for a profile cancels the flow before it, so a code meant for
 * an abandoned flow can no longer land. A profile may hold several logins (an
 * agency's TikTok users): a new grant is added as a login, unless it is one being
 * reconnected or has the same advertisers as one. "Disconnect" revokes a login's
 * token (or every login's) at `/oauth2/revoke_token/` and forgets it either way.
 */
import { randomBytes } from 'node:crypto'
import type { LoginEvent } from '#shared/domain/advertiser'
import { ServiceError } from '../app/service-error'
import { AuthError, TikTokApiError } from '../tiktok-api/errors'
import { authorizationUrl, oauthEndpoints } from '../tiktok-api/oauth-endpoints'
import { authPageFor } from '../tiktok-api/profiles'
import { listenForRedirect, RedirectFailedError, type SetTimer } from './loopback-redirect'
import { PRIMARY_LOGIN, type TokenProfile, type TokenVault } from './token-vault'

export type { LoginEvent }
type LoginPhase = LoginEvent['phase']

export interface OAuthLoginDeps {
  vault: TokenVault
  /** The API root a profile talks to. */
  baseUrlOf: (profile: TokenProfile) => string
  /** Opens the authorization page in the user's browser. */
  openExternal: (url: string) => void | Promise<void>
  onEvent: (event: LoginEvent) => void
  /** After a token was stored or forgotten: the connection and its advertiser list change. */
  onTokenChanged: (profile: TokenProfile, login: string) => void
  /**
   * The login already connected for these granted advertisers, if any (a second "Connect" with the same TikTok user
   * replaces its token instead of adding a login); from the advertiser listing (advertiser-directory.ts).
   */
  loginFor?: (profile: TokenProfile, advertiserIds: readonly string[]) => string | undefined
  setTimer?: SetTimer
  timeoutMs?: number
  log?: (line: string) => void
}

/** A message safe to show and log: ours, or the client's (which redacts what it sent). */
const messageOf = (error: unknown) =>
  error instanceof RedirectFailedError || error instanceof TikTokApiError || error instanceof ServiceError
    ? error.message
    : 'The TikTok sign-in failed.'

export function createOAuthLogin(deps: OAuthLoginDeps) {
  const flows = new Map<TokenProfile, { cancel(): void }>()
  const appOf = (profile: TokenProfile) => {
    const app = deps.vault.loadApp(profile)
    if (!app) throw new ServiceError('INVALID_REQUEST', 'Enter your TikTok developer app’s id and secret first.')
    return app
  }

  /** Opens the browser and answers at once; `done` settles when the flow ends (events tell the renderer). */
  /** The login a new token is kept under: the one being reconnected, the one with the same grant, else a new one. */
  function loginOf(profile: TokenProfile, reconnect: string | undefined, granted: readonly string[]): string {
    if (reconnect) return reconnect
    const same = deps.loginFor?.(profile, granted)
    if (same) return same
    return deps.vault.logins(profile).length === 0 ? PRIMARY_LOGIN : `login-${randomBytes(4).toString('hex')}`
  }

  async function start(profile: TokenProfile, reconnect?: string): Promise<{ authUrl: string; done: Promise<LoginEvent> }> {
    if (reconnect !== undefined && !deps.vault.logins(profile).includes(reconnect))
      throw new ServiceError('NOT_FOUND', 'That TikTok login is no longer connected; connect it again.')
    const app = appOf(profile)
    flows.get(profile)?.cancel()
    const state = randomBytes(32).toString('base64url')
    const listener = await listenForRedirect({ state, setTimer: deps.setTimer, timeoutMs: deps.timeoutMs })
    flows.set(profile, listener)
    const baseUrl = deps.baseUrlOf(profile)
    const authUrl = authorizationUrl(authPageFor(baseUrl), app, state, listener.redirectUri)
    const end = (phase: LoginPhase, message: string): LoginEvent => {
      const event = { profile, phase, message }
      deps.onEvent(event)
      return event
    }

    const done = (async (): Promise<LoginEvent> => {
      try {
        const { authCode } = await listener.result
        const issued = await oauthEndpoints({ baseUrl, app, log: deps.log }).exchangeAuthCode(authCode)
        const login = loginOf(profile, reconnect, issued.advertiser_ids)
        deps.vault.save(profile, issued.access_token, login)
        deps.onTokenChanged(profile, login)
        const n = issued.advertiser_ids.length
        return end('connected', `Connected to TikTok${n ? ` with ${n} ad account${n === 1 ? '' : 's'}` : ''}.`)
      } catch (error) {
        const cancelled = error instanceof RedirectFailedError && error.reason === 'cancelled'
        if (!cancelled) deps.log?.(`[oauth] ${profile}: ${messageOf(error)}`)
        return end(cancelled ? 'cancelled' : 'failed', messageOf(error))
      } finally {
        if (flows.get(profile) === listener) flows.delete(profile)
      }
    })()

    deps.onEvent({ profile, phase: 'waiting', message: 'Waiting for you to approve Adwright in the browser…' })
    try {
      await deps.openExternal(authUrl)
    } catch (error) {
      listener.cancel()
      await done
      throw new ServiceError('STORAGE', `The browser could not be opened: ${(error as Error).message}`)
    }
    return { authUrl, done }
  }

  /**
   * Revokes the token at TikTok, then forgets it. Forgotten even when TikTok cannot be told (offline, no app
   * secret): the message then says to remove the access in TikTok too. An already invalid token counts as revoked.
   */
  async function disconnect(profile: TokenProfile, login?: string): Promise<{ revoked: boolean; message: string }> {
    if (login === undefined) {
      flows.get(profile)?.cancel()
      const all = await Promise.all(deps.vault.logins(profile).map((l) => disconnectOne(profile, l)))
      return all.find((r) => !r.revoked) ?? all[0] ?? { revoked: false, message: 'Disconnected.' }
    }
    return disconnectOne(profile, login)
  }

  async function disconnectOne(profile: TokenProfile, login: string): Promise<{ revoked: boolean; message: string }> {
    const token = deps.vault.load(profile, login)
    const app = deps.vault.loadApp(profile)
    let revoked = false
    let message = 'Disconnected.'
    if (token && app) {
      try {
        await oauthEndpoints({ baseUrl: deps.baseUrlOf(profile), app, log: deps.log, maxAttempts: 2 }).revokeToken(token)
        revoked = true
        message = 'Disconnected; TikTok has revoked Adwright’s access.'
      } catch (error) {
        revoked = error instanceof AuthError
        message = revoked
          ? 'Disconnected; TikTok no longer accepted the token.'
          : `Disconnected here, but TikTok could not be told (${messageOf(error)}). Remove Adwright’s access in TikTok too.`
      }
    } else if (token) {
      message = 'Disconnected here. Without the app’s id and secret Adwright cannot revoke the token at TikTok; remove its access there.'
    }
    deps.vault.clear(profile, login)
    deps.onTokenChanged(profile, login)
    return { revoked, message }
  }

  return {
    start,
    disconnect,
    /** Ends every flow still waiting (the app quits). */
    cancelAll: () => [...flows.values()].forEach((f) => f.cancel()),
  }
}
export type OAuthLogin = ReturnType<typeof createOAuthLogin>
