/**
 * Stores one TikTok access token per connection profile, and the developer
 * app's id and secret the user logs in with, encrypted, in the user data folder. The cipher is injected: Electron's safeStorage in the app
 * (electron/main/token-vault.ts), a fake in tests. Without encryption the vault
 * refuses to store anything rather than fall back to plaintext.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileAtomic } from '../storage/atomic-write'
import type { ConnectionProfile } from '#shared/settings/settings'
import { ServiceError } from '../app/service-error'
import type { DeveloperApp } from '../tiktok-api/oauth-endpoints'

export interface TokenCipher {
  isAvailable(): boolean
  encrypt(plain: string): Buffer
  decrypt(encrypted: Buffer): string
}

export type TokenProfile = Exclude<ConnectionProfile, 'embedded-sandbox'>

/**
 * One TikTok login within a profile: an agency may connect several (each token reaches the advertisers its user
 * granted). The first, or a pasted token, is `PRIMARY_LOGIN`, stored where a single token always was.
 */
export const PRIMARY_LOGIN = 'primary'
const LOGIN_ID = /^[a-z0-9-]{1,40}$/

export interface TokenVault {
  save(profile: TokenProfile, token: string, login?: string): void
  /** The token of a login (the primary one by default), or null if none is stored (or it can no longer be decrypted). */
  load(profile: TokenProfile, login?: string): string | null
  /** Forgets one login's token; without `login`, every login of the profile. */
  clear(profile: TokenProfile, login?: string): void
  /** Whether any login of the profile has a token. */
  has(profile: TokenProfile): boolean
  /** The profile's logins with a stored token, the primary one first. */
  logins(profile: TokenProfile): string[]
  /** The developer app to log in with for a profile (its secret is as secret as a token). */
  saveApp(profile: TokenProfile, app: DeveloperApp): void
  loadApp(profile: TokenProfile): DeveloperApp | null
  clearApp(profile: TokenProfile): void
}

export const ENCRYPTION_UNAVAILABLE_MESSAGE =
  'Adwright cannot store the access token: this system offers no encrypted storage (on Linux, a keyring such as GNOME Keyring or KWallet). The token was not saved.'

export const APP_ENCRYPTION_UNAVAILABLE_MESSAGE =
  'Adwright cannot store the app secret: this system offers no encrypted storage (on Linux, a keyring such as GNOME Keyring or KWallet). Nothing was saved.'

/** The app as typed, trimmed; a clear error for what TikTok would refuse anyway. */
function checkedApp(app: DeveloperApp): DeveloperApp {
  const appId = app.appId.trim()
  const secret = app.secret.trim()
  if (!/^\d+$/.test(appId)) throw new ServiceError('INVALID_REQUEST', 'The app id is the number TikTok shows for the app under My Apps.')
  if (!secret) throw new ServiceError('INVALID_REQUEST', 'The app secret is empty.')
  return { appId, secret }
}

function checkedLogin(login: string): string {
  if (!LOGIN_ID.test(login)) throw new ServiceError('INVALID_REQUEST', 'That is not a login of this connection.')
  return login
}

export function createTokenVault(dir: string, cipher: TokenCipher): TokenVault {
  const fileOf = (profile: TokenProfile, login = PRIMARY_LOGIN) =>
    join(dir, login === PRIMARY_LOGIN ? `token-${profile}.bin` : `token-${profile}.${checkedLogin(login)}.bin`)
  const logins = (profile: TokenProfile) => {
    if (!existsSync(dir)) return []
    const others = readdirSync(dir)
      .flatMap((n) => {
        const m = new RegExp(`^token-${profile}\\.([a-z0-9-]{1,40})\\.bin$`).exec(n)
        return m ? [m[1]!] : []
      })
      .sort()
    return [...(existsSync(fileOf(profile)) ? [PRIMARY_LOGIN] : []), ...others]
  }
  const appFileOf = (profile: TokenProfile) => join(dir, `app-${profile}.bin`)

  function write(file: string, plain: string, unavailable: string) {
    if (!cipher.isAvailable()) throw new ServiceError('STORAGE', unavailable)
    mkdirSync(dir, { recursive: true })
    // Atomic, so a crash never leaves half a secret behind; readable by this user only.
    writeFileAtomic(file, cipher.encrypt(plain), { mode: 0o600 })
  }

  function read(file: string): string | null {
    if (!existsSync(file) || !cipher.isAvailable()) return null
    try {
      return cipher.decrypt(readFileSync(file))
    } catch {
      // A keyring reset makes old ciphertext unreadable; the user reconnects.
      return null
    }
  }

  return {
    save(profile, token, login) {
      if (!token.trim()) throw new ServiceError('INVALID_REQUEST', 'The access token is empty.')
      write(fileOf(profile, login), token, ENCRYPTION_UNAVAILABLE_MESSAGE)
    },
    load: (profile, login) => read(fileOf(profile, login)),
    logins,
    saveApp(profile, app) {
      write(appFileOf(profile), JSON.stringify(checkedApp(app)), APP_ENCRYPTION_UNAVAILABLE_MESSAGE)
    },
    loadApp(profile) {
      const text = read(appFileOf(profile))
      if (text === null) return null
      try {
        const parsed = JSON.parse(text) as Partial<DeveloperApp>
        return typeof parsed.appId === 'string' && typeof parsed.secret === 'string' ? { appId: parsed.appId, secret: parsed.secret } : null
      } catch {
        return null
      }
    },
    clearApp(profile) {
      rmSync(appFileOf(profile), { force: true })
    },
    clear(profile, login) {
      for (const l of login === undefined ? logins(profile) : [login]) rmSync(fileOf(profile, l), { force: true })
    },
    has(profile) {
      return logins(profile).length > 0
    },
  }
}

/**
 * A vault that keeps everything in memory and writes nothing: the browser harness (which has no safeStorage) and
 * tests. Secrets last as long as the process, so nothing ever reaches a file unencrypted.
 */
export function createMemoryTokenVault(): TokenVault {
  const tokens = new Map<TokenProfile, Map<string, string>>()
  const of = (profile: TokenProfile) => tokens.get(profile) ?? tokens.set(profile, new Map()).get(profile)!
  const apps = new Map<TokenProfile, DeveloperApp>()
  return {
    save(profile, token, login = PRIMARY_LOGIN) {
      if (!token.trim()) throw new ServiceError('INVALID_REQUEST', 'The access token is empty.')
      of(profile).set(checkedLogin(login), token)
    },
    load: (profile, login = PRIMARY_LOGIN) => of(profile).get(login) ?? null,
    clear: (profile, login) => (login === undefined ? of(profile).clear() : void of(profile).delete(login)),
    has: (profile) => of(profile).size > 0,
    logins: (profile) => [...of(profile).keys()].sort((a, b) => (a === PRIMARY_LOGIN ? -1 : b === PRIMARY_LOGIN ? 1 : a.localeCompare(b))),
    saveApp: (profile, app) => void apps.set(profile, checkedApp(app)),
    loadApp: (profile) => apps.get(profile) ?? null,
    clearApp: (profile) => void apps.delete(profile),
  }
}
