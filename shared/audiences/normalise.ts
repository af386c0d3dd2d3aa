import type { IdentifierKind } from './kinds'

/**
 * How TikTok wants each identifier written before it is hashed (TikTok Ads help,
 * "List of supported IDs and formats for a customer file", 2025):
 * - email: lower case, no spaces, and the "+tag" before the @ removed; it starts with a letter or digit;
 * - phone: E.164, "+", country code and number, no spaces or symbols;
 * - mobile ad ids (IDFA, GAID): one consistent case (we use lower case), surrounding spaces removed.
 * A value that is already a SHA-256 (64 hex digits) is kept, in lower case, so a file that was
 * hashed elsewhere still works. Each function returns null for a value that cannot be used.
 */

const SHA256 = /^[0-9a-f]{64}$/i
const EMAIL = /^[a-z0-9][^\s@]*@[^\s@.]+(\.[^\s@.]+)+$/
const MAID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

export const isSha256 = (v: string) => v.length === 64 && SHA256.test(v)

const SPACE = /\s/
const SPACES = /\s+/g

export function normaliseEmail(raw: string): string | null {
  // Most emails hold no space: testing is cheaper than replacing, a million times over.
  const v = (SPACE.test(raw) ? raw.replace(SPACES, '') : raw).toLowerCase()
  if (isSha256(v)) return v
  const at = v.lastIndexOf('@')
  if (at <= 0) return null
  const plus = v.indexOf('+')
  const email = plus >= 0 && plus < at ? v.slice(0, plus) + v.slice(at) : v
  return EMAIL.test(email) ? email : null
}

export interface PhoneOptions {
  /**
   * Country calling code (digits, e.g. "1", "81") for numbers written without one. Without it,
   * a number with neither "+" nor "00" is refused rather than guessed.
   */
  defaultCallingCode?: string
}

/** E.164: at most 15 digits; anything under 8 cannot hold a country code and a subscriber number. */
const E164_MIN = 8
const E164_MAX = 15

export function normalisePhone(raw: string, opts: PhoneOptions = {}): string | null {
  const t = raw.trim()
  if (isSha256(t)) return t.toLowerCase()
  // Letters mean a note or an extension, not a number TikTok can match.
  if (/[a-z]/i.test(t)) return null
  let digits = t.replace(/\D/g, '')
  if (t.startsWith('+')) {
    /* already international */
  } else if (digits.startsWith('00')) digits = digits.slice(2)
  else if (opts.defaultCallingCode) digits = opts.defaultCallingCode + digits.replace(/^0+/, '')
  else return null
  if (digits.startsWith('0') || digits.length < E164_MIN || digits.length > E164_MAX) return null
  return '+' + digits
}

export function normaliseMaid(raw: string): string | null {
  const v = raw.trim().toLowerCase()
  if (isSha256(v)) return v
  // An all-zero id is what iOS and Android report when the user refused tracking: it matches no one.
  return MAID.test(v) && v !== '00000000-0000-0000-0000-000000000000' ? v : null
}

export function normaliseIdentifier(kind: IdentifierKind, raw: string, opts: PhoneOptions = {}): string | null {
  switch (kind) {
    case 'EMAIL':
      return normaliseEmail(raw)
    case 'PHONE':
      return normalisePhone(raw, opts)
    case 'IDFA':
    case 'GAID':
    case 'MAID':
      return normaliseMaid(raw)
  }
}
