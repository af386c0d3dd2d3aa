import { z } from 'zod'
import { CONSENT_KEYS } from '../markets/consent'
import { ESTIMATED_MARKETS } from '../markets/markets'
import { CONNECTION_PROFILES, CURRENCY_DISPLAYS, THEMES, type Settings } from './settings'

/** TikTok advertiser ids are numeric strings (never numbers: they exceed 2^53). */
export const AdvertiserIdSchema = z.string().regex(/^\d{1,30}$/, 'An advertiser id is a string of digits, e.g. "7012345678901234567".')

const share = z
  .number({ error: 'A consent share is a number from 0 to 1 (0–100%).' })
  .min(0, 'A consent share cannot be below 0%.')
  .max(1, 'A consent share cannot be above 100%.')

/** One schema for each key; typed, because Object.fromEntries alone would make the inferred type a loose record. */
const objectOf = <K extends string, T extends z.ZodType>(keys: readonly K[], field: T) =>
  z.object(Object.fromEntries(keys.map((k) => [k, field])) as Record<K, T>).strict()

const ConsentParametersPatchSchema = objectOf(CONSENT_KEYS, share.optional())

/** Per advertiser, per market, only the parameters the advertiser changed. */
export const ConsentOverridesSchema = z.record(AdvertiserIdSchema, objectOf(ESTIMATED_MARKETS, ConsentParametersPatchSchema.optional()))

export const SettingsSchema = z
  .object({
    theme: z.enum(THEMES, { error: 'Theme must be system, light or dark.' }),
    connectionProfile: z.enum(CONNECTION_PROFILES, {
      error: 'Connection must be the embedded sandbox, the TikTok sandbox or production.',
    }),
    activeAdvertiserId: AdvertiserIdSchema.nullable(),
    confirmBeforePost: z.boolean({ error: 'Confirm before posting is on or off.' }),
    currencyDisplay: z.enum(CURRENCY_DISPLAYS, { error: 'Currency display must be symbol or code.' }),
    consentOverrides: ConsentOverridesSchema,
  })
  .strict() satisfies z.ZodType<Settings>

/** A patch names only the keys it changes; unknown keys are an error, not ignored. */
export const SettingsPatchSchema = SettingsSchema.partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'A settings change must name at least one setting.' })
