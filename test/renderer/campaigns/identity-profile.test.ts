/** The renderer's cached advertiser profile: loaded with the account, refreshed by a pull, and read by validation. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { followBackendClock } from '#renderer/app/clock'
import { useAccountStore } from '#renderer/campaigns/use-account-store'
import { useProfileStore } from '#renderer/campaigns/use-profile-store'
import { useSyncStore } from '#renderer/sync/use-sync-store'
import { emptyAdvertiserProfile } from '#shared/domain/identities'
import { useAppServices } from '#test/helpers/app-services'
import { TEST_NOW_ISO } from '#test/helpers/clock'
import { installRendererBridge } from '#test/helpers/renderer-bridge'
import { clientFor, useSandbox } from '#test/helpers/sandbox'
import { draftTree, FAST_QPS, SYNC_ADVERTISER } from '#test/helpers/sync'

const startServices = useAppServices()
const startSandbox = useSandbox()
let bridge: ReturnType<typeof installRendererBridge> | undefined

beforeEach(() => {
  followBackendClock(TEST_NOW_ISO)
  useAccountStore.setState({ advertiserId: null, campaigns: new Map(), adgroups: new Map(), ads: new Map(), pending: new Map(), problems: new Map() })
  useProfileStore.setState({ advertiserId: null, profile: emptyAdvertiserProfile() })
  useSyncStore.setState({ advertiserId: null, busy: null })
})
afterEach(() => {
  bridge?.remove()
  bridge = undefined
})

const settled = () => expect.poll(() => useAccountStore.getState().checking, { timeout: 30_000 }).toBe(false)
const ruleIdsOf = (key: string) => (useAccountStore.getState().problems.get(key as never) ?? []).map((p) => `${p.severity} ${p.ruleId}`)

describe('the cached advertiser profile in the renderer', () => {
  it('turns the unknown-permission warning into an error once a pull says Custom Identity is refused', async () => {
    const server = await startSandbox({ seedDemo: false, qps: FAST_QPS, faults: { customIdentity: 'refused' } })
    const client = clientFor(server, { qps: FAST_QPS })
    const s = startServices({ seedAccount: () => null, apiClient: async () => client })
    bridge = installRendererBridge(s.dispatch, s.hub)
    await useAccountStore.getState().open(SYNC_ADVERTISER, 'USD')
    await settled()
    const draft = draftTree('pi', 1, 1, 1)
    await useAccountStore.getState().edit({ type: 'create', ...draft })
    const key = `ad:${draft.ads[0]!.ad_id}`
    expect(ruleIdsOf(key)).toEqual(['warning ad.identity.custom-on-tiktok-unknown'])
    expect(useProfileStore.getState().profile.identities).toEqual([])

    await useSyncStore.getState().load(SYNC_ADVERTISER)
    await useSyncStore.getState().getRecentChanges()
    await expect.poll(() => useProfileStore.getState().profile.identities.length).toBe(4)
    await settled()
    await expect.poll(() => ruleIdsOf(key)).toEqual(['error ad.identity.custom-on-tiktok'])
  }, 60_000)
})
