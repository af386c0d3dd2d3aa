/**
 * The sandbox refuses what TikTok refuses about promoted things and Reach &
 * Frequency (notes tiktok-api-2026.md §3), straight over HTTP, with code 40002
 * and the field first; the same request with the field is accepted.
 */
import { describe, expect, it } from 'vitest'
import { SANDBOX_DEMO_TOKEN } from '#backend/sandbox/server'
import { ADVERTISER, adGroupFields, campaignFields, useSandbox } from '#test/helpers/sandbox'

const sandbox = useSandbox()

async function post(baseUrl: string, path: string, body: Record<string, unknown>) {
  const res = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'Access-Token': SANDBOX_DEMO_TOKEN, 'Content-Type': 'application/json' },
    body: JSON.stringify({ advertiser_id: ADVERTISER, ...body }),
  })
  return (await res.json()) as { code: number; message: string; data: Record<string, unknown> }
}

async function campaignOf(baseUrl: string, fields: Record<string, unknown>) {
  const answer = await post(baseUrl, '/campaign/create/', { ...campaignFields(), ...fields })
  expect(answer).toMatchObject({ code: 0 })
  return String(answer.data.campaign_id)
}

describe('sandbox: what an ad group promotes', () => {
  it('refuses an ad group without promotion_type under traffic, and takes it with one', async () => {
    const server = await sandbox()
    const campaignId = await campaignOf(server.baseUrl, {})
    const { promotion_type: _p, ...without } = adGroupFields(campaignId)
    const refused = await post(server.baseUrl, '/adgroup/create/', without)
    expect(refused).toMatchObject({ code: 40002 })
    expect(refused.message).toMatch(/^promotion_type: /)
    expect(await post(server.baseUrl, '/adgroup/create/', { ...without, promotion_type: 'WEBSITE' })).toMatchObject({ code: 0 })
    const unknown = await post(server.baseUrl, '/adgroup/create/', { ...without, promotion_type: 'WEBSITES' })
    expect(unknown.message).toMatch(/^promotion_type: Invalid value/)
  })

  it('takes an ad group without promotion_type under reach, video views and engagement', async () => {
    const server = await sandbox()
    for (const [objective, goal, billing] of [
      ['REACH', 'REACH', 'CPM'],
      ['VIDEO_VIEWS', 'ENGAGED_VIEW', 'CPV'],
      ['ENGAGEMENT', 'PAGE_VISIT', 'OCPM'],
    ]) {
      const campaignId = await campaignOf(server.baseUrl, { objective_type: objective })
      const { promotion_type: _p, ...without } = adGroupFields(campaignId, { optimization_goal: goal as 'REACH', billing_event: billing as 'CPM' })
      expect(await post(server.baseUrl, '/adgroup/create/', without)).toMatchObject({ code: 0 })
    }
  })

  it('needs app_promotion_type on app campaigns and app_id on their ad groups', async () => {
    const server = await sandbox()
    const refused = await post(server.baseUrl, '/campaign/create/', { ...campaignFields(), objective_type: 'APP_PROMOTION' })
    expect(refused.code).toBe(40002)
    expect(refused.message).toMatch(/^app_promotion_type: /)
    const campaignId = await campaignOf(server.baseUrl, { objective_type: 'APP_PROMOTION', app_promotion_type: 'APP_INSTALL' })
    const group = adGroupFields(campaignId, {
      promotion_type: 'APP_ANDROID',
      operating_systems: ['ANDROID'],
      optimization_goal: 'INSTALL',
      billing_event: 'OCPM',
    })
    const noApp = await post(server.baseUrl, '/adgroup/create/', group)
    expect(noApp.message).toMatch(/^app_id: /)
    expect(await post(server.baseUrl, '/adgroup/create/', { ...group, app_id: '7302000000000000601' })).toMatchObject({ code: 0 })
  })

  it('needs promotion_target_type on lead generation ad groups', async () => {
    const server = await sandbox()
    const campaignId = await campaignOf(server.baseUrl, { objective_type: 'LEAD_GENERATION' })
    const group = adGroupFields(campaignId, { promotion_type: 'LEAD_GENERATION', optimization_goal: 'LEAD_GENERATION', billing_event: 'OCPM' })
    const refused = await post(server.baseUrl, '/adgroup/create/', group)
    expect(refused).toMatchObject({ code: 40002 })
    expect(refused.message).toMatch(/^promotion_target_type: /)
    expect(await post(server.baseUrl, '/adgroup/create/', { ...group, promotion_target_type: 'INSTANT_PAGE' })).toMatchObject({ code: 0 })
  })

  it('refuses /adgroup/create/ under a Reach & Frequency campaign (those are booked with /adgroup/rf/create/)', async () => {
    const server = await sandbox()
    const rf = await campaignOf(server.baseUrl, { objective_type: 'RF_REACH', budget_mode: 'BUDGET_MODE_INFINITE', budget: undefined })
    const refused = await post(server.baseUrl, '/adgroup/create/', adGroupFields(rf, { optimization_goal: 'REACH', billing_event: 'CPM' }))
    expect(refused.code).toBe(40002)
    expect(refused.message).toContain('/adgroup/rf/create/')
  })

  it('takes PAGE_VISIT under engagement only, and refuses the old PAGE_VISITS spelling', async () => {
    const server = await sandbox()
    const engagement = await campaignOf(server.baseUrl, { objective_type: 'ENGAGEMENT' })
    const traffic = await campaignOf(server.baseUrl, {})
    const goal = { optimization_goal: 'PAGE_VISIT', billing_event: 'OCPM' } as const
    expect(await post(server.baseUrl, '/adgroup/create/', adGroupFields(engagement, goal))).toMatchObject({ code: 0 })
    const wrongObjective = await post(server.baseUrl, '/adgroup/create/', adGroupFields(traffic, goal))
    expect(wrongObjective).toMatchObject({ code: 40002 })
    expect(wrongObjective.message).toMatch(/^optimization_goal: /)
    const plural = await post(server.baseUrl, '/adgroup/create/', { ...adGroupFields(engagement, goal), optimization_goal: 'PAGE_VISITS' })
    expect(plural.message).toMatch(/^optimization_goal: Invalid value "PAGE_VISITS"/)
  })
})
