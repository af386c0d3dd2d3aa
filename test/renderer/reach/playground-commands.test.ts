import { beforeEach, describe, expect, it } from 'vitest'
import { newAdGroup, newCampaign } from '#shared/domain/defaults'
import { newSmartPlusAdGroup, newSmartPlusCampaign } from '#shared/domain/smart-plus/defaults'
import { useAccountStore } from '#renderer/campaigns/use-account-store'
import { applyReason, hasUnapplied, loadAdGroup, sourceGroup } from '#renderer/reach/playground-commands'
import { usePlaygroundStore } from '#renderer/reach/use-playground-store'
import { useToastStore } from '#renderer/app/use-toast-store'
import { TEST_NOW } from '#test/helpers/clock'

const ADV = '7301000000000000001'
const campaign = newCampaign(ADV, '1800000000000000001')
const group = { ...newAdGroup(campaign, '1700000000000000001', TEST_NOW), adgroup_name: 'EU 25-44', location_ids: ['2921044'] }
const spCampaign = newSmartPlusCampaign(ADV, '1800000000000000002')
const spGroup = {
  ...newSmartPlusAdGroup(spCampaign, '1700000000000000002', TEST_NOW),
  adgroup_name: 'Smart EU',
  targeting_spec: { location_ids: ['2921044'], spc_audience_age: 'OVER_TWENTY_FIVE' as const, languages: ['de'] },
}

const state = () => [useAccountStore.getState(), usePlaygroundStore.getState()] as const
const reason = () => {
  const [account, pg] = state()
  return applyReason(account, pg.source, pg.targeting)
}

beforeEach(() => {
  useAccountStore.setState({
    advertiserId: ADV,
    campaigns: new Map([[campaign.campaign_id, campaign]]),
    adgroups: new Map([[group.adgroup_id, group]]),
    smartPlusCampaigns: new Map([[spCampaign.campaign_id, spCampaign]]),
    smartPlusAdgroups: new Map([[spGroup.adgroup_id, spGroup]]),
  })
  usePlaygroundStore.getState().startOver()
})

describe('reach playground ⇄ the open account', () => {
  it('loads a manual ad group and says why Apply is off until something changes', () => {
    expect(reason()).toBe('Nothing loaded: load an ad group to apply the playground to it.')
    loadAdGroup('adgroup', group.adgroup_id)
    expect(usePlaygroundStore.getState().source).toEqual({ advertiserId: ADV, kind: 'adgroup', id: group.adgroup_id })
    expect(usePlaygroundStore.getState().targeting.location_ids).toEqual(['2921044'])
    expect(reason()).toBe('Nothing to apply: the targeting matches “EU 25-44”.')
    usePlaygroundStore.getState().set({ gender: 'GENDER_MALE' })
    expect(reason()).toBeNull()
  })

  it('keeps the loaded ad group from another advertiser out of reach, and notices it deleted', () => {
    loadAdGroup('adgroup', group.adgroup_id)
    usePlaygroundStore.getState().set({ gender: 'GENDER_MALE' })
    useAccountStore.setState({ advertiserId: '7301000000000000002' })
    expect(reason()).toMatch(/belongs to another advertiser/)
    useAccountStore.setState({ advertiserId: ADV, adgroups: new Map() })
    expect(reason()).toMatch(/no longer in this account/)
  })

  it('loads a Smart+ ad group as reach reads it, and writes to it only in manual targeting', () => {
    loadAdGroup('smart_plus_adgroup', spGroup.adgroup_id)
    const t = usePlaygroundStore.getState().targeting
    expect(t.location_ids).toEqual(['2921044'])
    expect(t.languages).toEqual(['de'])
    expect(t.age_groups).not.toContain('AGE_18_24')
    const unapplied = () => {
      const [account, pg] = state()
      return hasUnapplied(sourceGroup(account, pg.source), pg.targeting)
    }
    expect(unapplied()).toBe(false)
    usePlaygroundStore.getState().set({ gender: 'GENDER_FEMALE' })
    expect(unapplied()).toBe(true)
    expect(reason()).toMatch(/“Smart EU” uses automatic targeting/)
    useAccountStore.setState({
      smartPlusAdgroups: new Map([[spGroup.adgroup_id, { ...spGroup, targeting_optimization_mode: 'MANUAL' as const }]]),
    })
    expect(reason()).toBeNull()
  })

  it('refuses an id that is not in the account, leaving the playground as it was', () => {
    loadAdGroup('adgroup', '404')
    expect(usePlaygroundStore.getState().source).toBeNull()
    expect(useToastStore.getState()).toMatchObject({ message: 'That ad group is no longer in this account.', tone: 'error' })
  })
})
