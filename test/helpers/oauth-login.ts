/**
 * Logs in at the sandbox's stand-in authorization page over plain HTTP, the way a
 * browser would: GET the page, submit its form with the chosen ad accounts, and
 * read the redirect it answers (never followed here, so tests see the code).
 */
import { SANDBOX_APP } from '#backend/sandbox/oauth-directory'
import { AUTH_PAGE_PATH } from '#backend/sandbox/auth-page'

export const SANDBOX_REDIRECT_URI = 'http://127.0.0.1:9/callback'

/** The authorization URL for the sandbox at `baseUrl` (its API root). */
export function authPageUrl(baseUrl: string, query: { app_id?: string; state?: string; redirect_uri?: string } = {}): string {
  const url = new URL(AUTH_PAGE_PATH, baseUrl)
  url.searchParams.set('app_id', query.app_id ?? SANDBOX_APP.app_id)
  url.searchParams.set('state', query.state ?? 'state-1')
  url.searchParams.set('redirect_uri', query.redirect_uri ?? SANDBOX_REDIRECT_URI)
  return url.toString()
}

/** Submits the page's form for `authUrl`; `advertiserIds` default to the boxes the page ticks. Answers the redirect's URL. */
export async function approveAtAuthPage(authUrl: string, advertiserIds?: string[]): Promise<URL> {
  const pageRes = await fetch(authUrl)
  if (pageRes.status !== 200) throw new Error(`The authorization page answered ${pageRes.status}: ${await pageRes.text()}`)
  const html = await pageRes.text()
  const form = new URLSearchParams()
  for (const m of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) form.set(m[1]!, unescapeHtml(m[2]!))
  const ticked = [...html.matchAll(/name="advertiser_ids" value="(\d+)" checked/g)].map((m) => m[1]!)
  for (const id of advertiserIds ?? ticked) form.append('advertiser_ids', id)
  const res = await fetch(new URL(AUTH_PAGE_PATH, authUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
    redirect: 'manual',
  })
  const location = res.headers.get('location')
  if (res.status !== 302 || !location) throw new Error(`The authorization page did not redirect (${res.status}): ${await res.text()}`)
  return new URL(location)
}

const unescapeHtml = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!)

/** A fresh OAuth token from the sandbox at `baseUrl`, for the accounts the page ticks (or `advertiserIds`). */
export async function sandboxOAuthToken(baseUrl: string, advertiserIds?: string[]): Promise<string> {
  const code = (await approveAtAuthPage(authPageUrl(baseUrl), advertiserIds)).searchParams.get('auth_code')!
  const res = await fetch(`${baseUrl}/oauth2/access_token/`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ app_id: SANDBOX_APP.app_id, secret: SANDBOX_APP.secret, auth_code: code }),
  })
  const body = (await res.json()) as { code: number; message: string; data: { access_token?: string } }
  if (body.code !== 0 || !body.data.access_token) throw new Error(`The token exchange failed: ${body.code} ${body.message}`)
  return body.data.access_token
}
