import { z } from 'zod'
import { daysIn, isDate } from './date-range'
import { RESULT_LEVELS } from './report-rows'

/** A year and a bit: a year with its comparison period fits, and a typo like 2062 does not start 800 requests. */
const MAX_DAYS = 800

// Digits only: it names a folder on disk.
const advertiserId = z.string().regex(/^\d{1,32}$/, 'Advertiser ids are digits.')
const level = z.enum(RESULT_LEVELS, { error: 'Level must be campaign, adgroup or ad.' })

/** Which refresh to stop. */
export const ResultsCancelSchema = z.object({ advertiserId, level }).strict()

export const ResultsRequestSchema = z
  .object({
    advertiserId,
    from: z.string().refine(isDate, 'Use a date like 2026-11-01.'),
    to: z.string().refine(isDate, 'Use a date like 2026-11-30.'),
    level,
  })
  .strict()
  .refine((r) => r.to >= r.from, { path: ['to'], message: 'The end date is before the start date.' })
  .refine((r) => !isDate(r.from) || !isDate(r.to) || daysIn(r) <= MAX_DAYS, { path: ['from'], message: `Pick at most ${MAX_DAYS} days.` })

/** One Smart+ ad's creatives over a range (the per-creative view). */
export const CreativeResultsRequestSchema = z
  .object({
    advertiserId,
    adId: z.string().regex(/^\d{1,32}$/, 'Ad ids are digits.'),
    from: z.string().refine(isDate, 'Use a date like 2026-11-01.'),
    to: z.string().refine(isDate, 'Use a date like 2026-11-30.'),
  })
  .strict()
  .refine((r) => r.to >= r.from, { path: ['to'], message: 'The end date is before the start date.' })
