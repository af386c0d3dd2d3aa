import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createAppServices } from '#backend/app/app-services'
import { confSettingsBackend } from '#backend/settings/conf-settings-backend'
import { SANDBOX_DEMO_TOKEN } from '#backend/sandbox/server'
import type { CheckResult, PostResult, SyncState } from '#shared/domain/sync'
import type { Result } from '#shared/ipc/result'
import { clientFor, useSandbox } from '#test/helpers/sandbox'
import { useTempDirs } from '#test/helpers/temp-dir'
import { draftTree, FAST_QPS, NOW, SYNC_ADVERTISER } from '#test/helpers/sync'

const startSandbox = useSandbox()
const tempDir = useTempDirs()
const running: Array<{ close(): void }> = []
afterEach(() => {
  for (const s of running.splice(0)) s.close()
})

async function services() {
  const server = await startSandbox({ seedDemo: false, qps: FAST_QPS })
  const dir = tempDir()
  const client = clientFor(server, { qps: FAST_QPS })
  const s = createAppServices({
    info: { name: 'Adwright', version: '1', platform: 'linux', host: 'web-harness', clockPinnedAt: null },
    settings: confSettingsBackend(dir),
    dataDir: dir,
    openExternal: () => {},
    now: () => NOW,
    seedAccount: () => null,
    apiClient: async () => client,
    sandboxFaults: async () => server.faults,
  })
  running.push(s)
  const events: Array<[string, unknown]> = []
  s.events.subscribe((channel, payload) => events.push([channel, payload]))
  return { ...s, server, events, dir }
}
function value<T>(r: Result<unknown>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value as T
}
const advertiserId = SYNC_ADVERTISER

describe('sync channels through the dispatcher', () => {
  it('checks, posts with progress events, and tells the renderer the account and status changed', async () => {
    const s = await services()
    value(await s.dispatch('account:open', { advertiserId }))
    value(await s.dispatch('account:edit', { advertiserId, edit: { type: 'create', ...draftTree('ch', 1, 1, 1) } }))
    const check = value<CheckResult>(await s.dispatch('sync:check', { advertiserId }))
    expect(check.changes.map((c) => `${c.action} ${c.kind}`)).toEqual(['create campaign', 'create adgroup', 'create ad'])
    expect(check.blocked).toBe(false)
    s.events.length = 0
    const result = value<PostResult>(await s.dispatch('sync:post', { advertiserId }))
    expect(result.posted).toBe(3)
    const progress = s.events.filter(([c]) => c === 'sync:progress').map(([, p]) => p as { done: number; total: number })
    expect(progress.at(-1)).toMatchObject({ done: 3, total: 3 })
    expect(s.events.some(([c]) => c === 'account:changed')).toBe(true)
    expect(s.events.at(-1)).toEqual(['status:changed', expect.objectContaining({ pendingChanges: 0 })])
    const state = value<SyncState>(await s.dispatch('sync:state', { advertiserId }))
    expect(state.lastPost?.posted).toBe(3)
    // The token never leaves the back end, and is not written beside the account either.
    expect(JSON.stringify(s.events)).not.toContain(SANDBOX_DEMO_TOKEN)
    const folder = join(s.dir, 'accounts', advertiserId)
    for (const file of readdirSync(folder).filter((f) => !f.endsWith('.mdb')))
      expect(readFileSync(join(folder, file), 'utf8')).not.toContain(SANDBOX_DEMO_TOKEN)
  })

  it('drives the embedded sandbox faults, and refuses them on another connection', async () => {
    const s = await services()
    const set = value<{ rules: unknown[] }>(
      await s.dispatch('sandbox:faults', {
        rules: [{ endpoint: '/adgroup/create/', kind: 'error-code', code: 40002, message: 'budget: too low', times: 1 }],
      }),
    )
    expect(set.rules).toHaveLength(1)
    expect(s.server.faults.list()).toHaveLength(1)
    expect(set).toMatchObject({ customIdentity: 'allowed' })
    expect(value(await s.dispatch('sandbox:faults', { customIdentity: 'refused' }))).toMatchObject({
      customIdentity: 'refused',
      rules: [expect.any(Object)],
    })
    expect(s.server.faults.customIdentityAllowed()).toBe(false)
    // TikTok's answer to a repeated request_id is undocumented, so the panel switches the sandbox between both.
    expect(value(await s.dispatch('sandbox:faults', { idempotency: 'duplicate-error' }))).toMatchObject({ idempotency: 'duplicate-error' })
    expect(s.server.faults.idempotency()).toBe('duplicate-error')
    expect((await s.dispatch('sandbox:faults', { idempotency: 'sometimes' })).ok).toBe(false)
    const bad = await s.dispatch('sandbox:faults', { rules: [{ endpoint: 'adgroup', kind: 'error-code' }] })
    expect(bad.ok).toBe(false)
    value(await s.dispatch('settings:update', { connectionProfile: 'production' }))
    const refused = await s.dispatch('sandbox:faults', {})
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('answers NOT_FOUND for resolving a conflict that does not exist', async () => {
    const s = await services()
    const r = await s.dispatch('sync:resolve-conflict', { advertiserId, kind: 'campaign', id: '123', keep: 'mine' })
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe('sync channels when TikTok cannot be read', () => {
  it('says so with TikTok’s message instead of a generic error', async () => {
    const s = await services()
    s.server.faults.expireTokens()
    const r = await s.dispatch('sync:download', { advertiserId })
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    if (!r.ok) expect(r.error.message).toContain('Access token has expired')
  })
})
