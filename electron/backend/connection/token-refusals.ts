/**
 * Which TikTok logins need reconnecting, and why: TikTok refused their token
 * (expired 40102, invalid or revoked 40105/40104, or no permission 40001; notes
 * tiktok-api.md §2 "Error codes"). Set by the client whatever service made the
 * call; cleared when a new token is stored. Nothing local is touched: drafts and
 * pending changes stay, and the user goes on working offline.
 */
import type { TokenProfile } from './token-vault'

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

export function createTokenRefusals() {
  const refused = new Map<TokenProfile, TokenRefusal>()
  const listeners = new Set<(profile: TokenProfile) => void>()
  const tell = (profile: TokenProfile) => listeners.forEach((l) => l(profile))
  return {
    /**
     * Records a refusal. A 40001 from a Business Center listing says only that the user cannot see that centre, and
     * one from `/oauth2/advertiser/get/` that the app's id or secret is wrong: the login itself is fine, so neither is one.
     */
    record(profile: TokenProfile, refusal: { code: number; endpoint: string }) {
      if (refusal.code === 40001 && (refusal.endpoint.startsWith('/bc/') || refusal.endpoint === '/oauth2/advertiser/get/')) return
      const before = refused.get(profile)
      refused.set(profile, { code: refusal.code, reason: reasonFor(refusal.code) })
      if (before?.code !== refusal.code) tell(profile)
    },
    of: (profile: TokenProfile): TokenRefusal | null => refused.get(profile) ?? null,
    clear(profile: TokenProfile) {
      if (refused.delete(profile)) tell(profile)
    },
    onChange(listener: (profile: TokenProfile) => void) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
export type TokenRefusals = ReturnType<typeof createTokenRefusals>
