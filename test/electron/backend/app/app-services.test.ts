import { describe, expect, it, vi } from 'vitest'
import { createAppServices } from '#backend/app/app-services'
import { confSettingsBackend } from '#backend/settings/conf-settings-backend'
import { DEMO_ADVERTISERS } from '#shared/domain/demo-account'
import { useTempDirs } from '#test/helpers/temp-dir'
import { testNow } from '#test/helpers/clock'

const tempDir = useTempDirs()

function services(opts: { hasToken?: boolean; restartToUpdate?: () => void } = {}) {
  const openExternal = vi.fn()
  const dir = tempDir()
  const s = createAppServices({
    info: { name: 'Adwright', version: '1.2.3', platform: 'linux', host: 'web-harness', clockPinnedAt: null },
    now: testNow,
    settings: confSettingsBackend(dir),
    dataDir: dir,
    openExternal,
    hasToken: () => opts.hasToken ?? false,
    restartToUpdate: opts.restartToUpdate,
  })
  return { ...s, openExternal }
}

describe('app services', () => {
  it('pushes settings and status events when a setting changes', async () => {
    const s = services()
    const seen: string[] = []
    s.events.subscribe((channel) => seen.push(channel))
    expect((await s.dispatch('settings:update', { theme: 'dark' })).ok).toBe(true)
    expect(seen).toEqual(['settings:changed', 'status:changed'])
  })

  it('lists the demo advertiser on the embedded sandbox, none on a TikTok profile without a token', async () => {
    const s = services()
    expect(await s.dispatch('accounts:list', undefined)).toEqual({ ok: true, value: DEMO_ADVERTISERS })
    await s.dispatch('settings:update', { connectionProfile: 'production' })
    expect(await s.dispatch('accounts:list', undefined)).toEqual({ ok: true, value: [] })
    const status = await s.dispatch('status:get', undefined)
    expect(status).toMatchObject({ ok: true, value: { connection: { profile: 'production', state: 'needs-token' } } })
  })

  it('pushes the advertiser list when the connection profile changes, and only then', async () => {
    const s = services()
    const lists: unknown[] = []
    s.events.subscribe((channel, payload) => channel === 'accounts:changed' && lists.push(payload))
    await s.dispatch('settings:update', { theme: 'dark' })
    await s.dispatch('settings:update', { connectionProfile: 'embedded-sandbox' })
    expect(lists).toEqual([])
    await s.dispatch('settings:update', { connectionProfile: 'production' })
    await s.dispatch('settings:update', { theme: 'light' })
    await s.dispatch('settings:update', { connectionProfile: 'embedded-sandbox' })
    expect(lists).toEqual([[], DEMO_ADVERTISERS])
  })

  it('reports a TikTok profile as ready once a token is stored', async () => {
    const s = services({ hasToken: true })
    await s.dispatch('settings:update', { connectionProfile: 'tiktok-sandbox' })
    expect(await s.dispatch('status:get', undefined)).toMatchObject({ value: { connection: { state: 'ready' } } })
  })

  it('opens only https links', async () => {
    const s = services()
    expect(await s.dispatch('shell:open-external', { url: 'file:///etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(s.openExternal).not.toHaveBeenCalled()
    expect((await s.dispatch('shell:open-external', { url: 'https://ads.tiktok.com/' })).ok).toBe(true)
    expect(s.openExternal).toHaveBeenCalledWith('https://ads.tiktok.com/')
  })

  it('restarts to update through the injected updater', async () => {
    const restartToUpdate = vi.fn()
    expect(await services({ restartToUpdate }).dispatch('app:restart-to-update', undefined)).toEqual({
      ok: true,
      value: undefined,
    })
    expect(restartToUpdate).toHaveBeenCalledTimes(1)
    expect(await services({ restartToUpdate }).dispatch('app:restart-to-update', { now: true })).toMatchObject({
      error: { code: 'INVALID_REQUEST' },
    })
    expect(restartToUpdate).toHaveBeenCalledTimes(1)
  })

  it('says there is no update where nothing installs updates', async () => {
    expect(await services().dispatch('app:restart-to-update', undefined)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })
})
