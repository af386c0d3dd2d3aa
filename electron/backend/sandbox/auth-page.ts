/**
 * A stand-in for TikTok's authorization page, `…/portal/auth?app_id=…&state=…&redirect_uri=…`
 * (notes tiktok-api-2026.md §4 "Accounts"; tiktok-api.md §2 "Authentication"). The user ticks the ad
 * accounts to grant and approves; the page redirects to `redirect_uri` with `auth_code` and the
 * `state` it was given, which is what the app's redirect listener receives. The E2E harness drives
 * it like a person would. What TikTok's page looks like, and whether it adds other query values on
 * the way back, is not in the notes; only `auth_code` and `state` are sent here.
 *
 * An unknown app or a redirect URI the app does not accept gets an error page and no redirect:
 * an authorization server must never send a code to an address it has not checked.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { BodyTooLargeError, readBoundedBody } from '../http/request-input'
import type { OAuthGrants } from './oauth-grants'
import { grantableAdvertisers, redirectAllowed, SANDBOX_APP, SANDBOX_LOGIN_ADVERTISERS, SANDBOX_BC } from './oauth-directory'

/** Where TikTok serves the page, relative to the API host's origin. */
export const AUTH_PAGE_PATH = '/portal/auth'

const MAX_FORM_BYTES = 64 * 1024

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

function page(res: ServerResponse, status: number, title: string, body: string) {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
  res.end(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
      `<body style="font-family: sans-serif; max-width: 40rem; margin: 2rem auto"><h1>${escapeHtml(title)}</h1>${body}</body></html>`,
  )
}

interface Request {
  appId: string
  state: string
  redirectUri: string
}

/** The request's app and redirect, or the reason it is refused. */
function check(values: URLSearchParams): Request | string {
  const appId = values.get('app_id') ?? ''
  const redirectUri = values.get('redirect_uri') ?? ''
  if (appId !== SANDBOX_APP.app_id) return 'This app is not known to TikTok (sandbox): check the app id.'
  if (!redirectAllowed(redirectUri)) return 'The redirect address is not one this app registered.'
  return { appId, state: values.get('state') ?? '', redirectUri }
}

function form(req: Request, error = ''): string {
  const own = new Set(SANDBOX_LOGIN_ADVERTISERS.map((a) => a.advertiser_id))
  const rows = grantableAdvertisers()
    .map((a) => {
      const where = own.has(a.advertiser_id) ? 'own account' : SANDBOX_BC.name
      return (
        `<li><label><input type="checkbox" name="advertiser_ids" value="${a.advertiser_id}"${own.has(a.advertiser_id) ? ' checked' : ''}>` +
        ` ${escapeHtml(a.name)} — ${a.advertiser_id}, ${a.currency}, ${escapeHtml(a.timezone ?? '')} (${escapeHtml(where)})</label></li>`
      )
    })
    .join('')
  const hidden = (name: string, value: string) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`
  return (
    `<p>Adwright (sandbox app ${escapeHtml(req.appId)}) asks to manage these ad accounts for you.</p>` +
    (error ? `<p role="alert" style="color:#b00">${escapeHtml(error)}</p>` : '') +
    `<form method="post" action="${AUTH_PAGE_PATH}">${hidden('app_id', req.appId)}${hidden('state', req.state)}${hidden('redirect_uri', req.redirectUri)}` +
    `<ul style="list-style:none; padding:0">${rows}</ul><button type="submit">Authorize</button></form>`
  )
}

export async function handleAuthPage(req: IncomingMessage, res: ServerResponse, url: URL, grants: OAuthGrants): Promise<void> {
  if (req.method === 'GET') {
    const checked = check(url.searchParams)
    if (typeof checked === 'string') return page(res, 400, 'Authorization failed', `<p>${escapeHtml(checked)}</p>`)
    return page(res, 200, 'Log in with TikTok for Business (sandbox)', form(checked))
  }
  if (req.method !== 'POST') {
    res.writeHead(405, { 'Content-Type': 'text/plain', Allow: 'GET, POST' }).end('405 method not allowed')
    return
  }
  let text: string
  try {
    text = await readBoundedBody(req, MAX_FORM_BYTES)
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error
    res.writeHead(413, { 'Content-Type': 'text/plain', Connection: 'close' }).end('413 request entity too large')
    return
  }
  const values = new URLSearchParams(text)
  const checked = check(values)
  if (typeof checked === 'string') return page(res, 400, 'Authorization failed', `<p>${escapeHtml(checked)}</p>`)
  const known = new Set(grantableAdvertisers().map((a) => a.advertiser_id))
  const chosen = values.getAll('advertiser_ids').filter((id) => known.has(id))
  if (chosen.length === 0) return page(res, 400, 'Log in with TikTok for Business (sandbox)', form(checked, 'Choose at least one ad account.'))
  const back = new URL(checked.redirectUri)
  back.searchParams.set('auth_code', grants.issueCode(checked.appId, chosen))
  back.searchParams.set('state', checked.state)
  res.writeHead(302, { Location: back.toString(), 'Cache-Control': 'no-store' }).end()
}
