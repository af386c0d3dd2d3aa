import { describe, expect, it } from 'vitest'
import { withMaterialIdsFrom } from '#shared/domain/smart-plus/material-ids'
import type { SmartPlusAd } from '#shared/domain/smart-plus/index'
import { spAd } from './fixtures'

const video = (video_id: string, ad_material_id?: string) => ({
  creative_info: { ad_format: 'SINGLE_VIDEO' as const, video_info: { video_id }, identity_type: 'TT_USER' as const, identity_id: 'id-1' },
  ...(ad_material_id ? { ad_material_id } : {}),
})
const ids = (e: unknown) => (e as SmartPlusAd).creative_list.map((c) => c.ad_material_id)

describe('ad_material_id from what TikTok returned', () => {
  it('takes each creative’s id by its content, and gives back the same object when nothing changes', () => {
    const known = spAd({ creative_list: [video('v1', 'm1'), video('v2', 'm2')] })
    expect(ids(withMaterialIdsFrom('smart_plus_ad', spAd({ creative_list: [video('v2'), video('v1')] }), known))).toEqual(['m2', 'm1'])
    const same = spAd({ creative_list: [video('v1', 'm1'), video('v2', 'm2')] })
    expect(withMaterialIdsFrom('smart_plus_ad', same, known)).toBe(same)
  })

  it('gives the same file used twice in one ad both of TikTok’s ids, not one id twice', () => {
    const known = spAd({ creative_list: [video('v1', 'm1'), video('v1', 'm2')] })
    expect(ids(withMaterialIdsFrom('smart_plus_ad', spAd({ creative_list: [video('v1'), video('v1')] }), known))).toEqual(['m1', 'm2'])
    // A creative that already holds one of the ids keeps it; the other copy takes the one left.
    expect(ids(withMaterialIdsFrom('smart_plus_ad', spAd({ creative_list: [video('v1'), video('v1', 'm1')] }), known))).toEqual(['m2', 'm1'])
  })
})
