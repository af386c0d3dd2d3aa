import { afterEach, describe, expect, it } from 'vitest'
import { createAppServices } from '../../../electron/services/app-services'
import { confSettingsBackend } from '../../../electron/services/conf-settings-backend'
import type { AccountDelta, AccountSnapshot } from '../../../shared/domain/account'
import { newCampaign } from '../../../shared/domain/defaults'
import { DEMO_ADVERTISERS } from '../../../shared/domain/demo-account'
import type { Result } from '../../../shared/ipc/result'
import { useTempDirs } from '../../helpers/temp-dir'

const tempDir = useTempDirs()
const DEMO = DEMO_ADVERTISERS[0]!.advertiser_id
const running: Array<{ close(): void }> = []
afterEach(() => {
  for (const s of running.splice(0)) s.close()
})

function services() {
  const dir = tempDir()
  const s = createAppServices({
    info: { name: 'Adwright', version: '1.2.3', platform: 'linux', host: 'web-harness' },
    settings: confSettingsBackend(dir),
    dataDir: dir,
    openExternal: () => {},
  })
  running.push(s)
  return s
}
function value<T>(r: Result<unknown>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value as T
}

describe('account:baseline', () => {
  it('answers the downloaded entity while the working copy is edited, and null for a local one', async () => {
    const s = services()
    const snap = value<AccountSnapshot>(await s.dispatch('account:open', { advertiserId: DEMO }))
    const c = snap.campaigns[0]!
    value<AccountDelta>(
      await s.dispatch('account:edit', {
        advertiserId: DEMO,
        edit: { type: 'update', patches: [{ kind: 'campaign', id: c.campaign_id, fields: { budget: 999 } }] },
      }),
    )
    const base = value(await s.dispatch('account:baseline', { advertiserId: DEMO, kind: 'campaign', id: c.campaign_id }))
    expect(base).toEqual(c)

    const local = newCampaign(DEMO, 'local-abc')
    value(await s.dispatch('account:edit', { advertiserId: DEMO, edit: { type: 'create', campaigns: [local] } }))
    expect(value(await s.dispatch('account:baseline', { advertiserId: DEMO, kind: 'campaign', id: 'local-abc' }))).toBeNull()
  })

  it('refuses a malformed request', async () => {
    const r = await services().dispatch('account:baseline', { advertiserId: DEMO, kind: 'keyword', id: '1' } as never)
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } })
  })
})
