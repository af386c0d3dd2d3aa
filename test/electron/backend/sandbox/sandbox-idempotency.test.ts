/** The sandbox's two answers to a repeated request_id (notes tiktok-api-2026.md §3), over HTTP. */
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

const campaigns = (server: Awaited<ReturnType<typeof sandbox>>, name: string) =>
  server.state.list('campaign', ADVERTISER).filter((c) => c.campaign_name === name)

describe('sandbox request_id modes', () => {
  it('echo (the default): a repeat with the same body returns the first object; another body is 40050', async () => {
    const server = await sandbox({ seedDemo: false })
    const body = { ...campaignFields({ campaign_name: 'Echo' }), request_id: '4242' }
    const first = await post(server.baseUrl, '/campaign/create/', body)
    const again = await post(server.baseUrl, '/campaign/create/', body)
    expect(first.code).toBe(0)
    expect(again).toMatchObject({ code: 0, data: { campaign_id: first.data.campaign_id } })
    const other = await post(server.baseUrl, '/campaign/create/', { ...body, budget: 200 })
    expect(other.code).toBe(40050)
    expect(campaigns(server, 'Echo')).toHaveLength(1)
  })

  it('duplicate-error: any repeat answers 40050 and makes nothing, for campaigns and ad groups', async () => {
    const server = await sandbox({ seedDemo: false, idempotency: 'duplicate-error' })
    const body = { ...campaignFields({ campaign_name: 'Once' }), request_id: '4243' }
    const first = await post(server.baseUrl, '/campaign/create/', body)
    expect(first.code).toBe(0)
    const again = await post(server.baseUrl, '/campaign/create/', body)
    expect(again).toMatchObject({ code: 40050, message: expect.stringContaining('Duplicated requests have been sent') })
    expect(campaigns(server, 'Once')).toHaveLength(1)
    const group = { ...adGroupFields(String(first.data.campaign_id)), request_id: '99' }
    expect((await post(server.baseUrl, '/adgroup/create/', group)).code).toBe(0)
    expect((await post(server.baseUrl, '/adgroup/create/', group)).code).toBe(40050)
    expect(server.state.list('adgroup', ADVERTISER)).toHaveLength(1)
  })

  it('switches mode at run time through the faults control, and a refused first request leaves its key unused', async () => {
    const server = await sandbox({ seedDemo: false })
    const body = { ...campaignFields({ campaign_name: 'Switch' }), request_id: '5000' }
    expect((await post(server.baseUrl, '/campaign/create/', body)).code).toBe(0)
    server.faults.setIdempotency('duplicate-error')
    expect(server.faults.idempotency()).toBe('duplicate-error')
    expect((await post(server.baseUrl, '/campaign/create/', body)).code).toBe(40050)
    server.faults.setIdempotency('echo')
    expect((await post(server.baseUrl, '/campaign/create/', body)).code).toBe(0)
    // Refused for a missing name: nothing stored, so the same key with a fixed body is a first request.
    server.faults.setIdempotency('duplicate-error')
    const bad = { ...campaignFields({ campaign_name: '' }), request_id: '5001' }
    expect((await post(server.baseUrl, '/campaign/create/', bad)).code).toBe(40002)
    expect((await post(server.baseUrl, '/campaign/create/', { ...bad, campaign_name: 'Fixed' })).code).toBe(0)
    expect(campaigns(server, 'Switch')).toHaveLength(1)
  })
})
