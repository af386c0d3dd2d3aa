import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ServiceError } from '#backend/app/service-error'
import {
  APP_ENCRYPTION_UNAVAILABLE_MESSAGE,
  createMemoryTokenVault,
  createTokenVault,
  ENCRYPTION_UNAVAILABLE_MESSAGE,
  type TokenCipher,
} from '#backend/connection/token-vault'
import { useTempDirs } from '#test/helpers/temp-dir'

const tempDir = useTempDirs()

/** A reversible stand-in for the OS keyring: XOR with a key, so the bytes on disk differ from the token. */
function fakeCipher(available = true): TokenCipher & { available: boolean } {
  const key = 0x5a
  return {
    available,
    isAvailable() {
      return this.available
    },
    encrypt: (plain) => Buffer.from([...Buffer.from(`v1:${plain}`, 'utf8')].map((b) => b ^ key)),
    decrypt: (bytes) => {
      const text = Buffer.from([...bytes].map((b) => b ^ key)).toString('utf8')
      if (!text.startsWith('v1:')) throw new Error('bad ciphertext')
      return text.slice(3)
    },
  }
}

const TOKEN = 'act.9f8e7d6c5b4a39281706f5e4d3c2b1a0'

describe('token vault', () => {
  it('saves, loads, reports and clears a token per profile, encrypted on disk', () => {
    const dir = tempDir()
    const vault = createTokenVault(dir, fakeCipher())
    expect(vault.has('production')).toBe(false)
    expect(vault.load('production')).toBeNull()
    vault.save('production', TOKEN)
    expect(vault.has('production')).toBe(true)
    expect(vault.has('tiktok-sandbox')).toBe(false)
    expect(vault.load('production')).toBe(TOKEN)
    for (const f of readdirSync(dir)) expect(readFileSync(join(dir, f)).toString('utf8')).not.toContain(TOKEN)
    expect(createTokenVault(dir, fakeCipher()).load('production')).toBe(TOKEN)
    vault.clear('production')
    expect(vault.has('production')).toBe(false)
    expect(readdirSync(dir)).toEqual([])
  })

  it('refuses to store anything when encryption is unavailable — never plaintext', () => {
    const dir = tempDir()
    const vault = createTokenVault(dir, fakeCipher(false))
    const error = (() => {
      try {
        vault.save('tiktok-sandbox', TOKEN)
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(ServiceError)
    expect(error).toMatchObject({ code: 'STORAGE', message: ENCRYPTION_UNAVAILABLE_MESSAGE })
    expect((error as Error).message).not.toContain(TOKEN)
    expect(readdirSync(dir)).toEqual([])
  })

  it('treats unreadable ciphertext as no token, so the user reconnects', () => {
    const dir = tempDir()
    const vault = createTokenVault(dir, fakeCipher())
    vault.save('production', TOKEN)
    writeFileSync(join(dir, readdirSync(dir)[0]!), 'garbage')
    expect(vault.load('production')).toBeNull()
  })

  it('rejects an empty token', () => {
    expect(() => createTokenVault(tempDir(), fakeCipher()).save('production', '  ')).toThrow(ServiceError)
  })

  it('keeps the developer app’s id and secret encrypted beside the token, apart from it, per profile', () => {
    const dir = tempDir()
    const vault = createTokenVault(dir, fakeCipher())
    const SECRET = 'app-secret-3c7e1f0a9b'
    vault.saveApp('production', { appId: ' 7305000000000000777 ', secret: `${SECRET} ` })
    expect(vault.loadApp('production')).toEqual({ appId: '7305000000000000777', secret: SECRET })
    expect(vault.loadApp('tiktok-sandbox')).toBeNull()
    for (const f of readdirSync(dir)) expect(readFileSync(join(dir, f)).toString('utf8')).not.toContain(SECRET)
    expect(createTokenVault(dir, fakeCipher()).loadApp('production')?.secret).toBe(SECRET)
    // Forgetting the token keeps the app (to log in again), and the other way round.
    vault.save('production', TOKEN)
    vault.clear('production')
    expect(vault.loadApp('production')).not.toBeNull()
    vault.save('production', TOKEN)
    vault.clearApp('production')
    expect(vault.loadApp('production')).toBeNull()
    expect(vault.load('production')).toBe(TOKEN)
  })

  it('refuses an app it could not use, and stores no app without encryption', () => {
    const vault = createTokenVault(tempDir(), fakeCipher())
    expect(() => vault.saveApp('production', { appId: 'my-app', secret: 's3cret' })).toThrow(/number TikTok shows/)
    expect(() => vault.saveApp('production', { appId: '123', secret: ' ' })).toThrow(/secret is empty/)
    const dir = tempDir()
    expect(() => createTokenVault(dir, fakeCipher(false)).saveApp('production', { appId: '123', secret: 's3cret' })).toThrow(
      APP_ENCRYPTION_UNAVAILABLE_MESSAGE,
    )
    expect(readdirSync(dir)).toEqual([])
    // The in-memory vault (browser harness) checks the same way.
    expect(() => createMemoryTokenVault().saveApp('production', { appId: 'x', secret: 'y' })).toThrow(ServiceError)
  })
})

describe('several logins per profile', () => {
  for (const [name, make] of [
    ['file vault', () => createTokenVault(tempDir(), fakeCipher())],
    ['memory vault', () => createMemoryTokenVault()],
  ] as const) {
    it(`${name}: keeps each login's token apart, lists them primary first, and clears one or all`, () => {
      const vault = make()
      vault.save('production', 'tok-b', 'login-bbbb0000')
      vault.save('production', 'tok-a')
      vault.save('production', 'tok-c', 'login-aaaa0000')
      vault.save('tiktok-sandbox', 'tok-s')
      expect(vault.logins('production')).toEqual(['primary', 'login-aaaa0000', 'login-bbbb0000'])
      expect([vault.load('production'), vault.load('production', 'login-bbbb0000')]).toEqual(['tok-a', 'tok-b'])
      vault.clear('production', 'primary')
      expect(vault.logins('production')).toEqual(['login-aaaa0000', 'login-bbbb0000'])
      expect(vault.has('production')).toBe(true)
      vault.clear('production')
      expect(vault.has('production')).toBe(false)
      expect(vault.load('tiktok-sandbox')).toBe('tok-s')
      // A login id is never a path.
      expect(() => vault.save('production', 'x', '../token-tiktok-sandbox')).toThrow(ServiceError)
    })
  }

  it('reads a token stored before logins existed as the primary login', () => {
    const dir = tempDir()
    createTokenVault(dir, fakeCipher()).save('production', 'old-token')
    expect(readdirSync(dir)).toEqual(['token-production.bin'])
    expect(createTokenVault(dir, fakeCipher()).logins('production')).toEqual(['primary'])
  })
})
