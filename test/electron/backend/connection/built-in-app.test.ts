/** A distributor's build with its TikTok app id built in: read from package.json, used for every login, never replaced. */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtInAppIdOf, readBuiltInAppId } from '#backend/connection/distribution'
import { createMemoryTokenVault } from '#backend/connection/token-vault'
import type { AppStatus } from '#shared/domain/advertiser'
import { useAppServices, valueOf } from '#test/helpers/app-services'
import { useTempDirs } from '#test/helpers/temp-dir'

const appServices = useAppServices()
const tempDir = useTempDirs()
const BUILT_IN = '7305000000000000777'

describe('a built-in TikTok app', () => {
  it('is read from package.json’s "adwright" section, and only when it is an app id', () => {
    expect(builtInAppIdOf(JSON.stringify({ name: 'adwright', adwright: { tiktokAppId: ` ${BUILT_IN} ` } }))).toBe(BUILT_IN)
    for (const text of ['{"name":"adwright"}', '{"adwright":{"tiktokAppId":"my-app"}}', '{"adwright":{"tiktokAppId":7305}}', 'not json'])
      expect(builtInAppIdOf(text)).toBeUndefined()
    const file = join(tempDir(), 'package.json')
    writeFileSync(file, JSON.stringify({ adwright: { tiktokAppId: BUILT_IN } }))
    expect(readBuiltInAppId(file)).toBe(BUILT_IN)
    expect(readBuiltInAppId(join(tempDir(), 'missing.json'))).toBeUndefined()
    // This repository's own package.json builds in none: users bring their own app.
    expect(readBuiltInAppId(join(import.meta.dirname, '../../../../package.json'))).toBeUndefined()
  })

  it('takes the secret alone, stores it with the built-in id, tells the renderer the id (never the secret), and refuses another id', async () => {
    const vault = createMemoryTokenVault()
    const s = appServices({
      info: { name: 'Adwright', version: '1.2.3', platform: 'linux', host: 'web-harness', clockPinnedAt: null, builtInAppId: BUILT_IN },
      tokenVault: vault,
    })
    expect(valueOf<{ builtInAppId?: string }>(await s.dispatch('app:info', undefined)).builtInAppId).toBe(BUILT_IN)
    valueOf(await s.dispatch('settings:update', { connectionProfile: 'production' }))
    const status = valueOf<AppStatus>(await s.dispatch('connection:save-app', { profile: 'production', secret: 'distributor-secret-1' }))
    expect(status.connection.hasApp).toBe(true)
    expect(vault.loadApp('production')).toEqual({ appId: BUILT_IN, secret: 'distributor-secret-1' })
    expect(JSON.stringify(status)).not.toContain('distributor-secret-1')
    const other = await s.dispatch('connection:save-app', { profile: 'production', appId: '7305000000000000999', secret: 'another-secret-2' })
    expect(other).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', message: expect.stringContaining(`TikTok app ${BUILT_IN}`) } })
    expect(vault.loadApp('production')?.secret).toBe('distributor-secret-1')
  })

  it('without one, an app id is still required', async () => {
    const s = appServices({ tokenVault: createMemoryTokenVault() })
    const r = await s.dispatch('connection:save-app', { profile: 'production', secret: 'some-secret-3' })
    expect(r).toMatchObject({ ok: false, error: { message: expect.stringContaining('app id') } })
  })
})
