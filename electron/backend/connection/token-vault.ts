/**
 * Stores one TikTok access token per connection profile, encrypted, in the
 * user data folder. The cipher is injected: Electron's safeStorage in the app
 * (electron/main/token-vault.ts), a fake in tests. Without encryption the vault
 * refuses to store anything rather than fall back to plaintext.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileAtomic } from '../storage/atomic-write'
import type { ConnectionProfile } from '#shared/settings/settings'
import { ServiceError } from '../app/service-error'

export interface TokenCipher {
  isAvailable(): boolean
  encrypt(plain: string): Buffer
  decrypt(encrypted: Buffer): string
}

export type TokenProfile = Exclude<ConnectionProfile, 'embedded-sandbox'>

export interface TokenVault {
  save(profile: TokenProfile, token: string): void
  /** The token, or null if none is stored (or it can no longer be decrypted). */
  load(profile: TokenProfile): string | null
  clear(profile: TokenProfile): void
  has(profile: TokenProfile): boolean
}

export const ENCRYPTION_UNAVAILABLE_MESSAGE =
  'Adwright cannot store the access token: this system offers no encrypted storage (on Linux, a keyring such as GNOME Keyring or KWallet). The token was not saved.'

export function createTokenVault(dir: string, cipher: TokenCipher): TokenVault {
  const fileOf = (profile: TokenProfile) => join(dir, `token-${profile}.bin`)

  return {
    save(profile, token) {
      if (!token.trim()) throw new ServiceError('INVALID_REQUEST', 'The access token is empty.')
      if (!cipher.isAvailable()) throw new ServiceError('STORAGE', ENCRYPTION_UNAVAILABLE_MESSAGE)
      mkdirSync(dir, { recursive: true })
      // Atomic, so a crash never leaves half a token behind; readable by this user only.
      writeFileAtomic(fileOf(profile), cipher.encrypt(token), { mode: 0o600 })
    },
    load(profile) {
      const file = fileOf(profile)
      if (!existsSync(file) || !cipher.isAvailable()) return null
      try {
        return cipher.decrypt(readFileSync(file))
      } catch {
        // A keyring reset makes old ciphertext unreadable; the user reconnects.
        return null
      }
    },
    clear(profile) {
      rmSync(fileOf(profile), { force: true })
    },
    has(profile) {
      return existsSync(fileOf(profile))
    },
  }
}
