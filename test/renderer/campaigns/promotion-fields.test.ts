import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { newAdGroup, newCampaign } from '#shared/domain/defaults'
import type { Campaign } from '#shared/domain/entities'
import { AdGroupPromotionFields, CampaignPromotionFields } from '../../../renderer/src/campaigns/PromotionFields'
import { TEST_NOW } from '#test/helpers/clock'

const ADV = '7301000000000000001'
const editing = { of: () => [], save: () => undefined }
const html = (el: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(el).replace(/<!-- -->/g, '')

const withCampaign = (over: Partial<Campaign>) => ({ ...newCampaign(ADV, 'local-c'), ...over })

describe('promotion fields in the editors', () => {
  it('ask an app promotion ad group for the promotion type and the app id, not for a lead destination', () => {
    const c = withCampaign({ objective_type: 'APP_PROMOTION' })
    const out = html(createElement(AdGroupPromotionFields, { adgroup: newAdGroup(c, 'local-g', TEST_NOW), objective: c.objective_type, ...editing }))
    expect(out).toContain('id="field-promotion_type"')
    expect(out).toContain('<option value="APP_ANDROID" selected="">Android app</option>')
    expect(out).toContain('id="field-app_id"')
    expect(out).not.toContain('field-promotion_target_type')
  })

  it('ask a lead generation ad group where leads are collected', () => {
    const c = withCampaign({ objective_type: 'LEAD_GENERATION' })
    const out = html(createElement(AdGroupPromotionFields, { adgroup: newAdGroup(c, 'local-g', TEST_NOW), objective: c.objective_type, ...editing }))
    expect(out).toContain('<option value="INSTANT_PAGE" selected="">Instant form</option>')
    expect(out).not.toContain('field-app_id')
  })

  it('show nothing for reach ad groups, which TikTok creates without a promotion type', () => {
    const c = withCampaign({ objective_type: 'REACH' })
    expect(
      html(createElement(AdGroupPromotionFields, { adgroup: newAdGroup(c, 'local-g', TEST_NOW), objective: c.objective_type, ...editing })),
    ).toBe('')
  })

  it('ask an app promotion campaign for its app promotion type', () => {
    const out = html(createElement(CampaignPromotionFields, { campaign: withCampaign({ objective_type: 'APP_PROMOTION' }), ...editing }))
    expect(out).toContain('id="field-app_promotion_type"')
    expect(out).toContain('App install')
    expect(html(createElement(CampaignPromotionFields, { campaign: withCampaign({ objective_type: 'TRAFFIC' }), ...editing }))).toBe('')
  })
})
