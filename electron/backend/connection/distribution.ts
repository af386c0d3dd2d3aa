/**
 * A distributor may build Adwright with its own TikTok developer app (issue 14): the app's id goes in package.json
 * under `"adwright": { "tiktokAppId": "…" }` (electron-builder packs package.json with the app), so users of that
 * build never type it. Only the id: the app secret is a secret, and a file inside an installer is readable by anyone
 * who has the installer, so each user still enters the secret once and it is kept in safeStorage like a token. (A
 * distributor that wants no secret on users' machines needs a server of its own for the code exchange, which
 * TikTok's `/oauth2/access_token/` takes with the secret: notes tiktok-api-2026.md §4.)
 */
import { readFileSync } from 'node:fs'

const APP_ID = /^\d{6,24}$/

/** The built-in app id in a package.json's text, or undefined when there is none (or it is not an app id). */
export function builtInAppIdOf(packageJson: string): string | undefined {
  try {
    const id = (JSON.parse(packageJson) as { adwright?: { tiktokAppId?: unknown } }).adwright?.tiktokAppId
    return typeof id === 'string' && APP_ID.test(id.trim()) ? id.trim() : undefined
  } catch {
    return undefined
  }
}

/** Read from the app's package.json; a missing or damaged file means no built-in app. */
export function readBuiltInAppId(packageJsonPath: string): string | undefined {
  try {
    return builtInAppIdOf(readFileSync(packageJsonPath, 'utf8'))
  } catch {
    return undefined
  }
}
