import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useTempDirs } from '#test/helpers/temp-dir'

vi.mock('electron', () => import('#test/mocks/electron'))

const { safeStorage } = await import('#test/mocks/electron')
const { electronTokenVault } = await import('../../../electron/main/token-vault')
const tempDir = useTempDirs()
afterEach(() => {
  safeStorage.available = true
})

describe('token vault on safeStorage (electron mocked)', () => {
  it('encrypts with safeStorage and keeps the file under the user data folder', () => {
    const dir = tempDir()
    const vault = electronTokenVault(dir)
    vault.save('production', 'secret-token-value')
    expect(safeStorage.encryptString).toHaveBeenCalledWith('secret-token-value')
    const files = readdirSync(join(dir, 'tokens'))
    expect(files).toEqual(['token-production.bin'])
    expect(readFileSync(join(dir, 'tokens', files[0]!), 'utf8')).not.toContain('secret-token-value')
    expect(electronTokenVault(dir).load('production')).toBe('secret-token-value')
  })

  it('refuses to store a token when safeStorage cannot encrypt', () => {
    const dir = tempDir()
    safeStorage.available = false
    expect(() => electronTokenVault(dir).save('tiktok-sandbox', 'secret-token-value')).toThrow(/cannot store the access token/)
    expect(readdirSync(dir)).toEqual([])
  })
})
