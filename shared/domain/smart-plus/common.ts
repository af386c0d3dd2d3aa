/** Pieces the Smart+ schemas share. */
import { z } from 'zod'

/** The `campaign_automation_type` TikTok gives Upgraded Smart+ campaigns and ad groups (notes tiktok-api-2026.md §2). */
export const SMART_PLUS_AUTOMATION_TYPE = 'UPGRADED_SMART_PLUS'

/**
 * The idempotency key campaign and ad group create require: a 64-bit integer
 * sent as a string ([DOC 1843312852800706]: a repeat "succeeds only once"). A
 * draft keeps the key it was first sent with, so a retry after a lost answer
 * reuses it instead of making a second object.
 */
export const RequestIdSchema = z.string().regex(/^\d{1,19}$/, 'A request id is a number of at most 19 digits.')
