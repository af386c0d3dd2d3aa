import { join } from 'node:path'
import { safeStorage } from 'electron'
import { createTokenVault, type TokenVault } from '#backend/connection/token-vault'

/** The token vault on Electron's safeStorage (Keychain, DPAPI, or the Linux keyring). */
export function electronTokenVault(userDataDir: string): TokenVault {
  return createTokenVault(join(userDataDir, 'tokens'), {
    isAvailable: () => safeStorage.isEncryptionAvailable(),
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (encrypted) => safeStorage.decryptString(encrypted),
  })
}
