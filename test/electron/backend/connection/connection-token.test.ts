import { describe, expect, it } from 'vitest'
import type { AppStatus } from '#shared/domain/advertiser'
import { createMemoryTokenVault } from '#backend/connection/token-vault'
import { useAppServices, valueOf } from '#test/helpers/app-services'

const startServices = useAppServices()
const TOKEN = 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0'

/** A vault whose stored tokens the test can read (`stored`). */
function recordingVault() {
  const vault = createMemoryTokenVault()
  const stored = new Map<string, string>()
  return {
    ...vault,
    stored,
    save: (profile: 'production' | 'tiktok-sandbox', token: string) => {
      vault.save(profile, token)
      stored.set(profile, token)
    },
    clear: (profile: 'production' | 'tiktok-sandbox') => {
      vault.clear(profile)
      stored.delete(profile)
    },
  }
}

describe('connecting a TikTok account', () => {
  it('stores the token in the vault, reports the profile ready, and never sends the token back', async () => {
    const vault = recordingVault()
    const s = startServices({ tokenVault: vault, hasToken: (p) => vault.stored.has(p) })
    await s.dispatch('settings:update', { connectionProfile: 'production' })
    const saved = valueOf<AppStatus>(await s.dispatch('connection:save-token', { profile: 'production', token: `  ${TOKEN} ` }))
    expect(vault.stored.get('production')).toBe(TOKEN)
    expect(saved.connection).toMatchObject({ profile: 'production', state: 'ready' })
    expect(JSON.stringify(saved)).not.toContain(TOKEN)
    expect(JSON.stringify(s.events)).not.toContain(TOKEN)

    const cleared = valueOf<AppStatus>(await s.dispatch('connection:clear-token', { profile: 'production' }))
    expect(vault.stored.has('production')).toBe(false)
    expect(cleared.connection.state).toBe('needs-token')
  })

  it('pushes the advertiser list after a token is saved or cleared, which is when it can change', async () => {
    const vault = recordingVault()
    const s = startServices({ tokenVault: vault, hasToken: (p) => vault.stored.has(p) })
    await s.dispatch('settings:update', { connectionProfile: 'production' })
    s.events.length = 0
    await s.dispatch('connection:save-token', { profile: 'production', token: TOKEN })
    await s.dispatch('connection:clear-token', { profile: 'production' })
    // The status follows the list: Settings' logins count their advertisers.
    expect(s.events.map(([channel]) => channel)).toEqual(['accounts:changed', 'status:changed', 'accounts:changed', 'status:changed'])
  })

  it('refuses something that is not a token, and the embedded sandbox profile, without touching the vault', async () => {
    const vault = recordingVault()
    const s = startServices({ tokenVault: vault })
    const short = await s.dispatch('connection:save-token', { profile: 'production', token: 'abc' })
    expect(short).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', issues: [{ path: 'token' }] } })
    const spaced = await s.dispatch('connection:save-token', { profile: 'production', token: `${TOKEN} ${TOKEN}` })
    expect(spaced).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } })
    const sandbox = await s.dispatch('connection:save-token', { profile: 'embedded-sandbox', token: TOKEN })
    expect(sandbox).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', issues: [{ path: 'profile' }] } })
    expect(vault.stored.size).toBe(0)
  })

  it('reports a vault that cannot encrypt as a storage error with its reason', async () => {
    const s = startServices({
      tokenVault: {
        ...createMemoryTokenVault(),
        save: () => {
          throw new Error('Adwright cannot store the access token: this system offers no encrypted storage.')
        },
      },
    })
    const r = await s.dispatch('connection:save-token', { profile: 'tiktok-sandbox', token: TOKEN })
    expect(r).toMatchObject({ ok: false, error: { code: 'STORAGE', message: expect.stringContaining('no encrypted storage') } })
    if (!r.ok) expect(r.error.message).not.toContain(TOKEN)
  })
})
