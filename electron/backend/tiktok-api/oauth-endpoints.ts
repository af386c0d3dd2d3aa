/**
 * TikTok's OAuth for advertisers, as the app (not as a user): the authorization URL, the code exchange
 * and the revoke. Notes tiktok-api-2026.md §4 "Accounts" and tiktok-api.md §2 "Authentication": the user
 * authorises at `…/portal/auth?app_id=…&state=…&redirect_uri=…`; `POST /oauth2/access_token/`
 * `{app_id, secret, auth_code}` → `{access_token, advertiser_ids, scope}` (code valid 1 h, once; long-lived
 * token, no refresh token); `POST /oauth2/revoke_token/` `{app_id, secret, access_token}` ([BUB]
 * model/oauth/revoke_token.go). Neither call carries an Access-Token header, and the secret, the code and
 * the token are redacted from every message and log line.
 */
import { z } from 'zod'
import { createTransport, type TransportOptions } from './transport'

/** A TikTok developer app: the id is public (it is in the authorization URL), the secret never leaves main. */
export interface DeveloperApp {
  appId: string
  secret: string
}

export const AccessTokenSchema = z.looseObject({
  access_token: z.string().min(1),
  advertiser_ids: z
    .array(z.union([z.string(), z.number()]).transform(String))
    .optional()
    .default([]),
  scope: z.unknown().optional(),
})
export type IssuedToken = z.infer<typeof AccessTokenSchema>

/** The authorization page for the user to approve the app at, with a fresh `state` the redirect must bring back. */
export function authorizationUrl(authPage: string, app: Pick<DeveloperApp, 'appId'>, state: string, redirectUri: string): string {
  const url = new URL(authPage)
  url.searchParams.set('app_id', app.appId)
  url.searchParams.set('state', state)
  url.searchParams.set('redirect_uri', redirectUri)
  return url.toString()
}

type AppCallOptions = Omit<TransportOptions, 'accessToken' | 'secrets' | 'onTokenRefused'>

export function oauthEndpoints(options: AppCallOptions & { app: DeveloperApp }) {
  const { app, ...transportOptions } = options
  // One transport per call, so the one-off code or token being sent is among the values it redacts.
  const as = (secret: string) => createTransport({ ...transportOptions, secrets: [app.secret, secret] })
  return {
    /** Not repeated after an unclear failure: a code works once, so a repeat could only fail with 40110. */
    exchangeAuthCode: (authCode: string) =>
      as(authCode).request({
        method: 'POST',
        path: '/oauth2/access_token/',
        params: { app_id: app.appId, secret: app.secret, auth_code: authCode },
        data: AccessTokenSchema,
        idempotent: false,
      }),
    revokeToken: (accessToken: string) =>
      as(accessToken).request({
        method: 'POST',
        path: '/oauth2/revoke_token/',
        params: { app_id: app.appId, secret: app.secret, access_token: accessToken },
        data: z.looseObject({ advertiser_ids: z.array(z.union([z.string(), z.number()]).transform(String)).optional() }),
        idempotent: false,
      }),
  }
}
