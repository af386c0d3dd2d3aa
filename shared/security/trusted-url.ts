/**
 * URL policy shared by the window hardening in main and by the tests. Kept pure
 * so that the rules can be checked without a BrowserWindow.
 */

/** Links the app may hand to the OS browser: https only, never file:, javascript: or custom schemes. */
export function isExternalHttpsUrl(raw: string): boolean {
  try {
    const url = new URL(raw)
    return url.protocol === 'https:' && url.username === '' && url.password === ''
  } catch {
    return false
  }
}

/**
 * Whether a frame URL belongs to the app itself: the packaged renderer under `appRoot`
 * (its `app://adwright/` origin, or a file:// folder), or the dev server origin while developing.
 */
export function isAppUrl(raw: string, opts: { appRoot: string; devServerUrl?: string }): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (opts.devServerUrl) {
    const dev = new URL(opts.devServerUrl)
    if (url.origin === dev.origin) return true
  }
  const root = new URL(opts.appRoot.endsWith('/') ? opts.appRoot : `${opts.appRoot}/`)
  if (url.protocol !== root.protocol || url.host !== root.host) return false
  // URL normalisation has already collapsed `..`, so a prefix check is sound.
  return decodeURIComponent(url.pathname).startsWith(decodeURIComponent(root.pathname))
}
