import { describe, expect, it } from 'vitest'
import type { AccountDelta, AccountSnapshot } from '#shared/domain/account'
import { newCampaign } from '#shared/domain/defaults'
import { DEMO_ADVERTISERS } from '#shared/domain/demo-account'
import { useAppServices, valueOf } from '#test/helpers/app-services'

const startServices = useAppServices()
const DEMO = DEMO_ADVERTISERS[0]!.advertiser_id
const services = () => startServices()

describe('account:baseline', () => {
  it('answers the downloaded entity while the working copy is edited, and null for a local one', async () => {
    const s = services()
    const snap = valueOf<AccountSnapshot>(await s.dispatch('account:open', { advertiserId: DEMO }))
    const c = snap.campaigns[0]!
    valueOf<AccountDelta>(
      await s.dispatch('account:edit', {
        advertiserId: DEMO,
        edit: { type: 'update', patches: [{ kind: 'campaign', id: c.campaign_id, fields: { budget: 999 } }] },
      }),
    )
    const base = valueOf(await s.dispatch('account:baseline', { advertiserId: DEMO, kind: 'campaign', id: c.campaign_id }))
    expect(base).toEqual(c)

    const local = newCampaign(DEMO, 'local-abc')
    valueOf(await s.dispatch('account:edit', { advertiserId: DEMO, edit: { type: 'create', campaigns: [local] } }))
    expect(valueOf(await s.dispatch('account:baseline', { advertiserId: DEMO, kind: 'campaign', id: 'local-abc' }))).toBeNull()
  })

  it('refuses a malformed request', async () => {
    const r = await services().dispatch('account:baseline', { advertiserId: DEMO, kind: 'keyword', id: '1' } as never)
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } })
  })
})
