import { describe, expect, it } from 'vitest'
import { normaliseEmail, normaliseMaid, normalisePhone } from '#shared/audiences/normalise'

describe('normaliseEmail (TikTok customer-file format)', () => {
  it('lower-cases, removes spaces and the +tag before the @', () => {
    expect(normaliseEmail('  Jane.Doe+promo@Example.COM ')).toBe('jane.doe@example.com')
    expect(normaliseEmail('firstname-lastname@gmail.com')).toBe('firstname-lastname@gmail.com')
  })
  it('refuses what is not an email', () => {
    for (const bad of ['', 'jane', 'jane@', '@example.com', 'jane@example', '.jane@example.com', 'a@b@c']) expect(normaliseEmail(bad)).toBeNull()
  })
  it('keeps a value hashed elsewhere, in lower case', () => {
    const h = 'D6117306485ED0E50AFAB3AC871E98F81699151F30281527D63FF5F233656C69'
    expect(normaliseEmail(h)).toBe(h.toLowerCase())
  })
})

describe('normalisePhone (E.164)', () => {
  it('writes "+", country code and number without symbols', () => {
    expect(normalisePhone('+1 (657) 777-0000')).toBe('+16577770000')
    expect(normalisePhone('0044 20 7183 8750')).toBe('+442071838750')
  })
  it('adds the default calling code, dropping the trunk 0', () => {
    expect(normalisePhone('090-1234-5678', { defaultCallingCode: '81' })).toBe('+819012345678')
    expect(normalisePhone('(657) 777-0000', { defaultCallingCode: '1' })).toBe('+16577770000')
  })
  it('refuses a national number without a default code, letters, and impossible lengths', () => {
    expect(normalisePhone('657 777 0000')).toBeNull()
    expect(normalisePhone('+1 657 777 0000 ext 12')).toBeNull()
    expect(normalisePhone('+123')).toBeNull()
    expect(normalisePhone('+1234567890123456')).toBeNull()
  })
})

describe('normaliseMaid', () => {
  it('lower-cases and trims a device ad id', () => {
    expect(normaliseMaid(' AECE52E7-03EE-455A-B3C4-E57283966239 ')).toBe('aece52e7-03ee-455a-b3c4-e57283966239')
  })
  it('refuses malformed ids and the all-zero id of users who refused tracking', () => {
    expect(normaliseMaid('aece52e7-03ee-455a')).toBeNull()
    expect(normaliseMaid('00000000-0000-0000-0000-000000000000')).toBeNull()
  })
})
