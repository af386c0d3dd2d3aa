/**
 * Which TikTok logins need reconnecting, and why: TikTok refused their token
 * (expired 40102, invalid or revoked 40105/40104, or no permission 40001; notes
 * tiktok-api.md §2 "Error codes"). Set by the client whatever service made the
 * call; cleared when a new token is stored. Nothing local is touched: drafts and
 * pending changes stay, and the user goes on working offline.
 */
import { PRIMARY_LOGIN, type TokenProfile } from './token-vault'

export interface TokenRefusal {
  code: number
  /** One sentence for the status bar and the reconnect banner. */
  reason: string
}

export function reasonFor(code: number): string {
  if (code === 40102) return 'TikTok says the access token has expired.'
  if (code === 40001) return 'TikTok says this login no longer has permission for the advertiser (access removed or narrowed).'
  return 'TikTok no longer accepts the access token (it was revoked or is invalid).'
}

const keyOf = (profile: TokenProfile, login: string) => `${profile}\u0000${login}`

export function createTokenRefusals() {
  const refused = new Map<string, TokenRefusal & { login: string }>()
  const listeners = new Set<(profile: TokenProfile) => void>()
  const tell = (profile: TokenProfile) => listeners.forEach((l) => l(profile))
  const ofProfile = (profile: TokenProfile) => [...refused.entries()].filter(([k]) => k.startsWith(`${profile}\u0000`)).map(([, v]) => v)
  return {
    /**
     * Records a refusal. A 40001 from a Business Center listing says only that the user cannot see that centre, and
     * one from `/oauth2/advertiser/get/` that the app's id or secret is wrong: the login itself is fine, so neither is one.
     */
    record(profile: TokenProfile, refusal: { code: number; endpoint: string }, login = PRIMARY_LOGIN) {
      if (refusal.code === 40001 && (refusal.endpoint.startsWith('/bc/') || refusal.endpoint === '/oauth2/advertiser/get/')) return
      const before = refused.get(keyOf(profile, login))
      refused.set(keyOf(profile, login), { code: refusal.code, reason: reasonFor(refusal.code), login })
      if (before?.code !== refusal.code) tell(profile)
    },
    /** The profile's first refused login, or one login's refusal. */
    of: (profile: TokenProfile, login?: string): (TokenRefusal & { login: string }) | null =>
      (login === undefined ? ofProfile(profile)[0] : refused.get(keyOf(profile, login))) ?? null,
    /** Forgets one login's refusal (a new token), or every login's of the profile. */
    clear(profile: TokenProfile, login?: string) {
      const keys = login === undefined ? ofProfile(profile).map((r) => keyOf(profile, r.login)) : [keyOf(profile, login)]
      if (keys.map((k) => refused.delete(k)).some(Boolean)) tell(profile)
    },
    onChange(listener: (profile: TokenProfile) => void) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
export type TokenRefusals = ReturnType<typeof createTokenRefusals>
