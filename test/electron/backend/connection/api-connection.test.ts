import { createDemoAccount } from '#shared/domain/demo/index'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createApiConnection, EMBEDDED_SANDBOX_STATE_FILE, type ApiConnection } from '#backend/connection/api-connection'
import { ServiceError } from '#backend/app/service-error'
import { SANDBOX_DEMO_TOKEN } from '#backend/sandbox/server'
import { fetchAll } from '#backend/tiktok-api/client'
import { TIKTOK_BASE_URLS } from '#backend/tiktok-api/profiles'
import { createTokenVault } from '#backend/connection/token-vault'
import { ADVERTISER } from '#test/helpers/sandbox'
import { useTempDirs } from '#test/helpers/temp-dir'
import { testNow } from '#test/helpers/clock'

const tempDir = useTempDirs()
const plainCipher = { isAvailable: () => true, encrypt: (s: string) => Buffer.from(s), decrypt: (b: Buffer) => b.toString() }
const open: ApiConnection[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close()))
})

function connection() {
  const dir = tempDir()
  const c = createApiConnection({ userDataDir: dir, now: testNow, vault: createTokenVault(join(dir, 'tokens'), plainCipher) })
  open.push(c)
  return { c, dir }
}

describe('API connection', () => {
  it('starts the embedded sandbox on first use, with its own token and its state in the user data folder', async () => {
    const { c, dir } = connection()
    const client = await c.client('embedded-sandbox')
    expect(client.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/open_api\/v1\.3$/)
    // Seeded with the demo account, the same one a new user's local store starts with.
    expect((await fetchAll(client.campaignPages(ADVERTISER))).length).toBe(createDemoAccount(ADVERTISER, testNow()).campaigns.length)
    expect(existsSync(join(dir, EMBEDDED_SANDBOX_STATE_FILE))).toBe(true)
    // The well-known demo token does not open the app's sandbox.
    const res = await fetch(`${client.baseUrl}/tool/language/?advertiser_id=${ADVERTISER}`, { headers: { 'Access-Token': SANDBOX_DEMO_TOKEN } })
    expect(await res.json()).toMatchObject({ code: 40105 })
    expect((await c.client('embedded-sandbox')).baseUrl).toBe(client.baseUrl)
  })

  it('uses the vault’s token for TikTok profiles and asks to connect when there is none', async () => {
    const { c, dir } = connection()
    expect(c.hasToken('embedded-sandbox')).toBe(true)
    expect(c.hasToken('production')).toBe(false)
    await expect(c.client('production')).rejects.toBeInstanceOf(ServiceError)
    createTokenVault(join(dir, 'tokens'), plainCipher).save('production', 'tok')
    expect(c.hasToken('production')).toBe(true)
    expect((await c.client('production')).baseUrl).toBe(TIKTOK_BASE_URLS.production)
    expect(TIKTOK_BASE_URLS['tiktok-sandbox']).toBe('https://sandbox-ads.tiktok.com/open_api/v1.3')
  })
})
