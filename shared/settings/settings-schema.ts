import { z } from 'zod'
import { CONNECTION_PROFILES, CURRENCY_DISPLAYS, THEMES, type Settings } from './settings'

/** TikTok advertiser ids are numeric strings (never numbers: they exceed 2^53). */
export const AdvertiserIdSchema = z
  .string()
  .regex(/^\d{1,30}$/, 'An advertiser id is a string of digits, e.g. "7012345678901234567".')

export const SettingsSchema = z
  .object({
    theme: z.enum(THEMES, { error: 'Theme must be system, light or dark.' }),
    connectionProfile: z.enum(CONNECTION_PROFILES, {
      error: 'Connection must be the embedded sandbox, the TikTok sandbox or production.',
    }),
    activeAdvertiserId: AdvertiserIdSchema.nullable(),
    confirmBeforePost: z.boolean({ error: 'Confirm before posting is on or off.' }),
    currencyDisplay: z.enum(CURRENCY_DISPLAYS, { error: 'Currency display must be symbol or code.' }),
  })
  .strict() satisfies z.ZodType<Settings>

/** A patch names only the keys it changes; unknown keys are an error, not ignored. */
export const SettingsPatchSchema = SettingsSchema.partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'A settings change must name at least one setting.' })
