import type { AdGroup } from '#shared/domain/entities'
import { newAd, newAdGroup, newCampaign } from '#shared/domain/defaults'

const ADV = '7301000000000000001'
const NOW = new Date('2026-11-23T10:00:00Z')

/** Two campaigns: Spring (US ad group with two ads, EU ad group) and Winter (Japan ad group). */
export function smallAccount() {
  const spring = { ...newCampaign(ADV, '11'), campaign_name: 'Spring sale' }
  const winter = { ...newCampaign(ADV, '12'), campaign_name: 'Winter launch', objective_type: 'REACH' as const }
  const g = (id: string, campaign = spring, name: string, locations: string[]): AdGroup => ({
    ...newAdGroup(campaign, id, NOW),
    adgroup_name: name,
    location_ids: locations,
  })
  const adgroups = [
    g('21', spring, 'Spring US', ['6252001']),
    { ...g('22', spring, 'Spring EU', ['2921044', '3017382']), operation_status: 'DISABLE' as const },
    g('23', winter, 'Winter JP', ['1861060']),
  ]
  const ads = [
    { ...newAd(adgroups[0]!, '31'), ad_name: 'Video A' },
    { ...newAd(adgroups[0]!, '32'), ad_name: 'Video B' },
    { ...newAd(adgroups[2]!, '33'), ad_name: 'Snow video' },
  ]
  return { campaigns: [spring, winter], adgroups, ads }
}
