/** The "needs reconnect" states: which refusals count, what they say, and when they end. */
import { describe, expect, it } from 'vitest'
import { createTokenRefusals } from '#backend/connection/token-refusals'
import { createStatusService } from '#backend/app/status-service'
import { DEFAULT_SETTINGS } from '#shared/settings/settings'

describe('createTokenRefusals', () => {
  it.each([
    [40102, /expired/],
    [40105, /revoked or is invalid/],
    [40104, /revoked or is invalid/],
    [40001, /no longer has permission/],
  ])('records %i with its reason', (code, reason) => {
    const r = createTokenRefusals()
    r.record('production', { code, endpoint: '/campaign/get/' })
    expect(r.of('production')).toMatchObject({ code, reason: expect.stringMatching(reason) })
    expect(r.of('tiktok-sandbox')).toBeNull()
  })

  it('does not count a 40001 from a Business Center listing or about the app secret: the login still works', () => {
    const r = createTokenRefusals()
    r.record('production', { code: 40001, endpoint: '/bc/asset/get/' })
    // …nor one about the app's secret.
    r.record('production', { code: 40001, endpoint: '/oauth2/advertiser/get/' })
    expect(r.of('production')).toBeNull()
  })

  it('tells listeners when the state changes, once per change, and clears on a new token', () => {
    const r = createTokenRefusals()
    const told: string[] = []
    r.onChange((p) => told.push(p))
    r.record('production', { code: 40102, endpoint: '/ad/get/' })
    r.record('production', { code: 40102, endpoint: '/adgroup/get/' })
    r.record('production', { code: 40105, endpoint: '/adgroup/get/' })
    r.clear('production')
    r.clear('production')
    expect(told).toEqual(['production', 'production', 'production'])
    expect(r.of('production')).toBeNull()
  })
})

const LISTED = '7302000000000000011'

describe('the status bar’s connection state', () => {
  const statusWith = (hasToken: boolean, refusal: { reason: string } | null) =>
    createStatusService({
      getSettings: () => ({ ...DEFAULT_SETTINGS, connectionProfile: 'production', activeAdvertiserId: LISTED }),
      hasToken: () => hasToken,
      countPendingChanges: (id) => (id === LISTED ? 4 : 99),
      listed: () => [
        { advertiser_id: LISTED, advertiser_name: 'Lumen Coffee US', currency: 'USD', timezone: 'America/New_York', source: 'production' },
      ],
      refusal: () => refusal,
      hasApp: () => true,
    }).status()

  it('is ready with a token TikTok accepts, needs a token without one, and needs reconnecting with the reason after a refusal', () => {
    expect(statusWith(true, null).connection.state).toBe('ready')
    expect(statusWith(false, { reason: 'x' }).connection.state).toBe('needs-token')
    const refused = statusWith(true, { reason: 'TikTok says the access token has expired.' })
    expect(refused.connection).toMatchObject({ state: 'needs-reconnect', detail: expect.stringContaining('has expired'), hasApp: true })
    expect(refused.pendingChanges).toBe(4)
  })

  it('counts the pending changes of an advertiser this login lists, not of a demo id left in the settings', () => {
    const status = createStatusService({
      getSettings: () => ({ ...DEFAULT_SETTINGS, connectionProfile: 'production', activeAdvertiserId: '7301000000000000001' }),
      hasToken: () => true,
      countPendingChanges: (id) => (id === LISTED ? 4 : 99),
      listed: () => [
        { advertiser_id: LISTED, advertiser_name: 'Lumen Coffee US', currency: 'USD', timezone: 'America/New_York', source: 'production' },
      ],
    }).status()
    expect(status.pendingChanges).toBe(4)
  })
})
