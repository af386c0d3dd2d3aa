/** The Results channels as the renderer reaches them: through the dispatcher, with the embedded sandbox started on demand. */
import { afterEach, describe, expect, it } from 'vitest'
import { createApiConnection } from '#backend/connection/api-connection'
import { createAppServices } from '#backend/app/app-services'
import { confSettingsBackend } from '#backend/settings/conf-settings-backend'
import { createMemoryTokenVault } from '#backend/connection/token-vault'
import type { ResultsSnapshot } from '#shared/results/results-types'
import { useTempDirs } from '#test/helpers/temp-dir'
import { dayAfter, testNow } from '#test/helpers/clock'

const tempDir = useTempDirs()
const noTokens = createMemoryTokenVault()
const closers: Array<() => Promise<void>> = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()))
})

const ADVERTISER = '7301000000000000001'
const daysAgo = (n: number) => dayAfter(-n)

function services(withResults = true) {
  const dataDir = tempDir()
  const api = createApiConnection({ userDataDir: dataDir, now: testNow, vault: noTokens, sandbox: { qps: { default: 1000 } } })
  closers.push(() => api.close())
  return createAppServices({
    info: { name: 'Adwright', version: '1', platform: 'linux', host: 'web-harness', clockPinnedAt: null },
    now: testNow,
    settings: confSettingsBackend(dataDir),
    dataDir,
    openExternal: () => {},
    ...(withResults ? { apiClient: (profile) => api.client(profile) } : {}),
  })
}

describe('results channels', () => {
  it('refreshes from the embedded sandbox with progress events, then answers from the cache', async () => {
    const s = services()
    const progress: unknown[] = []
    s.events.subscribe((channel, payload) => channel === 'results:progress' && progress.push(payload))
    const req = { advertiserId: ADVERTISER, level: 'campaign', from: daysAgo(14), to: daysAgo(1) }

    expect(await s.dispatch('results:get', req)).toMatchObject({ ok: true, value: { state: 'empty', columns: { length: 0 } } })
    const refreshed = await s.dispatch('results:refresh', req)
    expect(refreshed).toMatchObject({ ok: true, value: { state: 'ready', currency: 'USD', coverage: [{ from: req.from, to: req.to }] } })
    expect(progress.at(-1)).toEqual({ advertiserId: ADVERTISER, level: 'campaign', done: 8, total: 8, mode: 'sync' })
    const cached = await s.dispatch('results:get', req)
    expect(cached).toEqual(refreshed)
    expect((refreshed as { value: ResultsSnapshot }).value.columns.length).toBeGreaterThan(0)
  })

  it('validates the request and answers NOT_FOUND where Results are not set up', async () => {
    expect(
      await services().dispatch('results:get', { advertiserId: ADVERTISER, level: 'campaign', from: '2026-11-02', to: '2026-11-01' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST', issues: [{ path: 'to' }] },
    })
    expect(
      await services(false).dispatch('results:get', { advertiserId: ADVERTISER, level: 'campaign', from: '2026-11-01', to: '2026-11-02' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })

  it('asks for a connected account on a TikTok profile without a token', async () => {
    const s = services()
    await s.dispatch('settings:update', { connectionProfile: 'production' })
    expect(await s.dispatch('results:refresh', { advertiserId: ADVERTISER, level: 'ad', from: daysAgo(3), to: daysAgo(1) })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringMatching(/Connect one in Settings/) },
    })
  })
})
