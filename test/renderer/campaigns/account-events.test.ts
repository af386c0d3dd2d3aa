import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AccountDelta } from '#shared/domain/account'
import { DEMO_ADVERTISERS } from '#shared/domain/demo-account'
import { generateAccount } from '#shared/domain/demo/index'
import { exportPlan } from '#shared/domain/plan/index'
import { followBackendClock } from '#renderer/app/clock'
import { followAccountEvents, useAccountStore } from '#renderer/campaigns/use-account-store'
import { followStatusEvents, useSessionStore } from '#renderer/app/use-session-store'
import { useAppServices, valueOf } from '#test/helpers/app-services'
import { TEST_NOW_ISO } from '#test/helpers/clock'
import { installRendererBridge } from '#test/helpers/renderer-bridge'
import { clientFor, useSandbox } from '#test/helpers/sandbox'
import { draftTree, FAST_QPS, SYNC_ADVERTISER } from '#test/helpers/sync'

const startServices = useAppServices()
const startSandbox = useSandbox()
let bridge: ReturnType<typeof installRendererBridge> | undefined
const cleanups: Array<() => void> = []

beforeEach(() => {
  followBackendClock(TEST_NOW_ISO)
  useAccountStore.setState({ advertiserId: null, campaigns: new Map(), adgroups: new Map(), ads: new Map(), pending: new Map(), problems: new Map() })
})
afterEach(() => {
  for (const off of cleanups.splice(0)) off()
  bridge?.remove()
  bridge = undefined
})

/** The account store's open finishes validating in slices; edits may land meanwhile, but the tests wait for a quiet store. */
const settled = () => expect.poll(() => useAccountStore.getState().checking, { timeout: 30_000 }).toBe(false)

describe('one edit after a large import', () => {
  // 50 campaigns × 9 ad groups × 10 ads: 5,000 entities, all pending as created once imported.
  const ADV = '7301000000000000077'
  const account = generateAccount({ advertiserId: ADV, campaigns: 50, adgroupsPerCampaign: 9, adsPerAdgroup: 10, seed: 7 })
  const size = account.campaigns.length + account.adgroups.length + account.ads.length

  it('carries only the pending change it made, and the renderer merges it into its full pending map', async () => {
    const s = startServices({ seedAccount: () => null })
    bridge = installRendererBridge(s.dispatch, s.hub)
    await useAccountStore.getState().open(ADV, 'USD')
    const imported = await s.dispatch('account:import-apply', {
      advertiserId: ADV,
      format: 'json',
      content: exportPlan(account, ADV),
      validRowsOnly: false,
    })
    useAccountStore.getState().applyDelta(valueOf<AccountDelta>(imported))
    expect(useAccountStore.getState().pending.size).toBe(size)
    await settled()

    const group = account.adgroups[123]!
    const delta = await useAccountStore.getState().edit({
      type: 'update',
      patches: [{ kind: 'adgroup', id: group.adgroup_id, fields: { adgroup_name: 'Renamed once' } }],
    })
    expect(delta?.pending).toEqual({
      upserted: [{ kind: 'adgroup', id: group.adgroup_id, name: 'Renamed once', change: 'created', fields: [] }],
      removed: [],
    })
    // Kilobytes, not the 5,000-entry list each keystroke used to carry.
    expect(JSON.stringify(delta).length).toBeLessThan(5_000)
    const state = useAccountStore.getState()
    expect(state.pending.size).toBe(size)
    expect(state.pending.get(`adgroup:${group.adgroup_id}`)?.name).toBe('Renamed once')

    // A budget edit leaves the created entity's pending change as it was: nothing to send.
    const budget = await state.edit({ type: 'update', patches: [{ kind: 'adgroup', id: group.adgroup_id, fields: { budget: 321 } }] })
    expect(budget?.pending).toEqual({ upserted: [], removed: [] })
    expect(useAccountStore.getState().pendingVersion).toBe(state.pendingVersion)

    // Undoing the whole import names every entity it drops from the pending list, and the map empties.
    await useAccountStore.getState().undoLast()
    await useAccountStore.getState().undoLast()
    const undone = await useAccountStore.getState().undoLast()
    expect(undone?.pending.removed).toHaveLength(size)
    expect(useAccountStore.getState().pending.size).toBe(0)
  }, 60_000)
})

describe('account events at app level', () => {
  it('a post made elsewhere reaches the open account: local ids become TikTok ids and nothing stays pending', async () => {
    const server = await startSandbox({ seedDemo: false, qps: FAST_QPS })
    const client = clientFor(server, { qps: FAST_QPS })
    const s = startServices({ seedAccount: () => null, apiClient: async () => client })
    bridge = installRendererBridge(s.dispatch, s.hub)
    cleanups.push(followAccountEvents())
    await useAccountStore.getState().open(SYNC_ADVERTISER, 'USD')
    await useAccountStore.getState().edit({ type: 'create', ...draftTree('ev', 1, 1, 1) })
    expect(useAccountStore.getState().pending.size).toBe(3)

    // As the Sync page does: its answer is a post result, the account arrives by the event.
    valueOf(await s.dispatch('sync:post', { advertiserId: SYNC_ADVERTISER }))
    const state = useAccountStore.getState()
    expect(state.pending.size).toBe(0)
    expect([...state.campaigns.keys()].some((id) => id.startsWith('local-'))).toBe(false)
    expect([...state.campaigns.values()].map((c) => c.campaign_name)).toEqual(['ev campaign 1'])
    expect([...state.ads.values()].every((a) => state.adgroups.has(a.adgroup_id))).toBe(true)
  }, 60_000)
})

describe('status events', () => {
  it('update the status without refetching the advertisers; the list comes with accounts:changed', async () => {
    const s = startServices()
    bridge = installRendererBridge(s.dispatch, s.hub)
    await useSessionStore.getState().load()
    cleanups.push(followStatusEvents())
    expect(useSessionStore.getState().advertisers).toEqual(DEMO_ADVERTISERS)
    const advertiserId = DEMO_ADVERTISERS[0]!.advertiser_id
    const group = valueOf<{ adgroups: Array<{ adgroup_id: string }> }>(await s.dispatch('account:open', { advertiserId })).adgroups[0]!
    bridge.invoked.length = 0

    await s.dispatch('account:edit', {
      advertiserId,
      edit: { type: 'update', patches: [{ kind: 'adgroup', id: group.adgroup_id, fields: { budget: 77 } }] },
    })
    expect(useSessionStore.getState().status?.pendingChanges).toBe(1)
    expect(bridge.invoked).toEqual([])

    await s.dispatch('settings:update', { connectionProfile: 'production' })
    expect(useSessionStore.getState().advertisers).toEqual([])
    await s.dispatch('settings:update', { connectionProfile: 'embedded-sandbox' })
    expect(useSessionStore.getState().advertisers).toEqual(DEMO_ADVERTISERS)
    expect(bridge.invoked).toEqual([])
  })
})
