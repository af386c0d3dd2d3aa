/** Faults a tester can switch on in the embedded sandbox, to watch posting fail and recover. */
import { z } from 'zod'

/** One fault rule; the schema is the type, so the Sync page, the IPC check and the sandbox read the same shape. */
export const SandboxFaultRuleSchema = z
  .object({
    /** API path such as `/adgroup/create/`, or `*` for every endpoint. */
    endpoint: z.string().regex(/^(\*|\/[a-z_/]+\/)$/, 'Use an API path such as /adgroup/create/, or * for every endpoint.'),
    /** `status-after-commit`: the write is stored, then a gateway answers `status` (504 when absent) instead of TikTok's answer. */
    kind: z.enum(['latency', 'http-status', 'error-code', 'drop-after-commit', 'status-after-commit']),
    latencyMs: z.number().int().min(0).max(30_000).optional(),
    status: z.number().int().min(400).max(599).optional(),
    code: z.number().int().min(1).max(99_999).optional(),
    message: z.string().max(300).optional(),
    /** Chance that a matching request is hit; always when absent. */
    probability: z.number().min(0).max(1).optional(),
    /** Only the next N matching requests. */
    times: z.number().int().min(1).max(10_000).optional(),
  })
  .strict()
export type SandboxFaultRule = z.infer<typeof SandboxFaultRuleSchema>

/**
 * Which advertiser the sandbox plays since TikTok's 2026 Custom Identity phase-out: one still allowed new
 * CUSTOMIZED_USER ads on TikTok placements, or one refused (`/advertiser/info/` `can_use_custom_identity` agrees).
 */
export const CUSTOM_IDENTITY_MODES = ['allowed', 'refused'] as const
export type CustomIdentityMode = (typeof CUSTOM_IDENTITY_MODES)[number]

/**
 * What the sandbox answers to a repeated campaign/ad group `request_id`. TikTok
 * says only that the repeat "succeeds only once"; what it returns is not
 * documented, so the sandbox can play either (notes tiktok-api-2026.md §3,
 * idempotency row): `echo` returns the object the first request made,
 * `duplicate-error` answers 40050 "Duplicated requests have been sent".
 */
export const SANDBOX_IDEMPOTENCY_MODES = ['echo', 'duplicate-error'] as const
export const SandboxIdempotencyModeSchema = z.enum(SANDBOX_IDEMPOTENCY_MODES)
export type SandboxIdempotencyMode = z.infer<typeof SandboxIdempotencyModeSchema>

export const SandboxFaultsStateSchema = z
  .object({
    rules: z.array(SandboxFaultRuleSchema),
    tokensExpired: z.boolean(),
    customIdentity: z.enum(CUSTOM_IDENTITY_MODES),
    idempotency: SandboxIdempotencyModeSchema,
  })
  .strict()
export type SandboxFaultsState = z.infer<typeof SandboxFaultsStateSchema>

/** What the faults panel (or a test) asks to change; absent parts stay as they are. */
export interface SandboxFaultsChange {
  rules?: SandboxFaultRule[]
  tokensExpired?: boolean
  customIdentity?: CustomIdentityMode
  idempotency?: SandboxIdempotencyMode
}
