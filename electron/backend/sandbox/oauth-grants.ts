/**
 * The sandbox's authorization codes and the long-lived tokens they turn into.
 * Rules (notes tiktok-api-2026.md §4 "Accounts"; tiktok-api.md §2 "Authentication"):
 * an `auth_code` is valid for one hour and can be used once; `/oauth2/access_token/`
 * takes `{app_id, secret, auth_code}` and answers `{access_token, advertiser_ids, scope}`;
 * the token is long-lived with no refresh token; `/oauth2/revoke_token/` ends it
 * ([BUB] model/oauth/revoke_token.go: `{app_id, secret, access_token}` → `{app_id, advertiser_ids}`).
 * Error codes: 40110 bad auth_code (tiktok-api.md §2 "Error codes"). Which code a wrong app
 * secret gets is not in the notes; the sandbox answers 40001 (no permission).
 *
 * Kept in memory: a restart of the sandbox logs every OAuth user out, like a revoked app.
 */
import { randomBytes } from 'node:crypto'
import { ApiFailure } from './handler-kit'
import { SANDBOX_APP } from './oauth-directory'

/** One hour (notes §4: "auth_code valid 1 h, once"). */
export const AUTH_CODE_TTL_MS = 60 * 60 * 1000

/**
 * Scope ids the token carries. The notes say the exchange answers `scope` but not its values; [BUB] types it a
 * list of integers. These are placeholders, not TikTok's scope ids.
 */
const SANDBOX_SCOPE = [1, 2, 3, 4]

interface Code {
  appId: string
  advertiserIds: string[]
  issuedAt: number
  used: boolean
}

export interface Grant {
  appId: string
  advertiserIds: string[]
}

export function createOAuthGrants(now: () => number) {
  const codes = new Map<string, Code>()
  const tokens = new Map<string, Grant>()

  function checkApp(appId: unknown, secret: unknown) {
    if (appId !== SANDBOX_APP.app_id) throw new ApiFailure(40001, 'app_id: No such developer app.')
    if (secret !== SANDBOX_APP.secret) throw new ApiFailure(40001, 'secret: The app secret does not match the app.')
  }

  return {
    checkApp,
    /** What the authorization page hands out when the user approves. */
    issueCode(appId: string, advertiserIds: string[]): string {
      const code = randomBytes(20).toString('hex')
      codes.set(code, { appId, advertiserIds: [...advertiserIds], issuedAt: now(), used: false })
      return code
    },
    exchange(appId: unknown, secret: unknown, authCode: unknown) {
      checkApp(appId, secret)
      const code = typeof authCode === 'string' ? codes.get(authCode) : undefined
      // Unknown, spent, expired and another app's codes are all "bad auth_code" to the caller.
      if (!code || code.used || code.appId !== appId || now() - code.issuedAt > AUTH_CODE_TTL_MS) {
        throw new ApiFailure(40110, 'auth_code: The authorization code is invalid, expired or already used.')
      }
      code.used = true
      const access_token = randomBytes(24).toString('hex')
      tokens.set(access_token, { appId: code.appId, advertiserIds: code.advertiserIds })
      return { access_token, advertiser_ids: code.advertiserIds, scope: SANDBOX_SCOPE }
    },
    /** The grant behind a token, or undefined for an unknown or revoked one. */
    grantOf: (token: string): Grant | undefined => tokens.get(token),
    revoke(appId: unknown, secret: unknown, token: unknown) {
      checkApp(appId, secret)
      const grant = typeof token === 'string' ? tokens.get(token) : undefined
      if (!grant || grant.appId !== appId) throw new ApiFailure(40105, 'access_token: Access token is invalid.')
      tokens.delete(token as string)
      return { app_id: grant.appId, advertiser_ids: grant.advertiserIds }
    },
  }
}
export type OAuthGrants = ReturnType<typeof createOAuthGrants>
