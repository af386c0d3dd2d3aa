import { emptyEntitySet } from '#shared/domain/entity-kinds'
import { beforeEach, describe, expect, it } from 'vitest'
import type { AccountDelta } from '#shared/domain/account'
import { newAd, newAdGroup, newCampaign } from '#shared/domain/defaults'
import { useAccountStore } from '#renderer/campaigns/use-account-store'
import { followBackendClock } from '#renderer/app/clock'
import { TEST_NOW, TEST_NOW_ISO } from '#test/helpers/clock'

const ADV = '7301000000000000001'
const NO_UNDO = { canUndo: true, canRedo: false, undoLabel: 'x', redoLabel: null }
const delta = (d: Partial<AccountDelta['upserted']> & { removed?: AccountDelta['removed'] }): AccountDelta => ({
  upserted: { ...emptyEntitySet(), campaigns: d.campaigns ?? [], adgroups: d.adgroups ?? [], ads: d.ads ?? [] },
  removed: d.removed ?? [],
  pending: { upserted: [], removed: [] },
  undo: NO_UNDO,
  createdIds: [],
})

const campaign = newCampaign(ADV, 'local-c')
const group = { ...newAdGroup(campaign, 'local-g', TEST_NOW), location_ids: ['6252001'] }
// A Spark Ad, as the editor drafts on TikTok placements (a new Custom Identity ad would get a warning).
const spark = { identity_id: '7304000000000000101', identity_type: 'TT_USER' as const, display_name: '@northwind.outdoor' }
const ad = { ...newAd(group, 'local-a', spark), ad_text: 'Hello', landing_page_url: 'https://example.com', video_id: 'v1' }

beforeEach(() => {
  // As app:info does when the back end runs at the test's time.
  followBackendClock(TEST_NOW_ISO)
  useAccountStore.setState({ campaigns: new Map(), adgroups: new Map(), ads: new Map(), problems: new Map(), checking: false, currency: 'USD' })
})

describe('account store deltas', () => {
  it('adds, re-validates and removes entities named by a delta', () => {
    const s = useAccountStore.getState()
    s.applyDelta(delta({ campaigns: [campaign], adgroups: [{ ...group, location_ids: [] }], ads: [ad] }))
    let state = useAccountStore.getState()
    expect(state.adgroups.get('local-g')).toBeDefined()
    expect(state.problems.get('adgroup:local-g')?.map((p) => p.field)).toEqual(['location_ids'])
    expect(state.problems.has('ad:local-a')).toBe(false)

    state.applyDelta(delta({ adgroups: [group] }))
    state = useAccountStore.getState()
    expect(state.problems.has('adgroup:local-g')).toBe(false)

    state.applyDelta(delta({ removed: [{ kind: 'ad', id: 'local-a' }] }))
    expect(useAccountStore.getState().ads.has('local-a')).toBe(false)
  })

  it('re-validates the children of a changed parent, whose rules read it', () => {
    const s = useAccountStore.getState()
    s.applyDelta(delta({ campaigns: [campaign], adgroups: [group], ads: [{ ...ad, landing_page_url: undefined }] }))
    // A traffic campaign needs a landing page on every ad.
    expect(
      useAccountStore
        .getState()
        .problems.get('ad:local-a')
        ?.map((p) => p.field),
    ).toContain('landing_page_url')
    const version = useAccountStore.getState().version
    useAccountStore.getState().applyDelta(delta({ campaigns: [{ ...campaign, objective_type: 'REACH' }] }))
    const after = useAccountStore.getState()
    expect(after.problems.get('ad:local-a')?.map((p) => p.field) ?? []).not.toContain('landing_page_url')
    expect(after.version).toBe(version + 1)
  })
})
