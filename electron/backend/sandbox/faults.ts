/**
 * Fault injection for tests and demos: latency, HTTP 5xx, TikTok error codes, and
 * a response dropped or replaced by a gateway's 5xx after the write was
 * committed, per endpoint, with a
 * probability or for the next N requests. Draws come from a seeded stream, so a
 * seed replays the same failures in the same order.
 */
import type { CustomIdentityMode, SandboxFaultRule, SandboxIdempotencyMode } from '#shared/domain/sandbox-faults'
import { createPrng } from './prng'

/** The rule shape is the IPC contract's, so the Sync page's faults panel and the server cannot drift. */
export type FaultRule = SandboxFaultRule
export type FaultKind = FaultRule['kind']

export interface FaultsConfig {
  rules?: FaultRule[]
  /** Every token answers 40102 (expired) until restored. */
  tokensExpired?: boolean
  /**
   * Which advertiser the sandbox plays since TikTok's Custom Identity phase-out
   * (notes tiktok-api-2026.md §1): one still allowed new CUSTOMIZED_USER ads on
   * TikTok placements (default, as the demo account was drafted), or one refused.
   * Not a fault, so `clear()` keeps it.
   */
  customIdentity?: CustomIdentityMode
  /** How a repeated request_id is answered (see idempotency.ts); `echo` when absent. */
  idempotency?: SandboxIdempotencyMode
}

export function createFaults(seed: number, config: FaultsConfig = {}) {
  const random = createPrng(seed)
  let rules: FaultRule[] = [...(config.rules ?? [])]
  let expired = config.tokensExpired ?? false
  let customIdentity = config.customIdentity ?? 'allowed'
  let idempotency: SandboxIdempotencyMode = config.idempotency ?? 'echo'

  return {
    add(rule: FaultRule) {
      rules.push({ ...rule })
    },
    clear() {
      rules = []
      expired = false
    },
    list: (): readonly FaultRule[] => rules.map((r) => ({ ...r })),
    expireTokens() {
      expired = true
    },
    restoreTokens() {
      expired = false
    },
    tokensExpired: () => expired,
    setCustomIdentity(mode: CustomIdentityMode) {
      customIdentity = mode
    },
    customIdentityAllowed: () => customIdentity === 'allowed',
    /** Switchable at run time, like the other faults; `clear()` leaves it (it is a model of TikTok, not a failure). */
    idempotency: () => idempotency,
    setIdempotency(mode: SandboxIdempotencyMode) {
      idempotency = mode
    },
    /** The faults hitting one request to `endpoint`; counts down next-N rules. */
    draw(endpoint: string): FaultRule[] {
      const hits: FaultRule[] = []
      for (const rule of rules) {
        if (rule.endpoint !== '*' && rule.endpoint !== endpoint) continue
        if (rule.probability !== undefined && random() >= rule.probability) continue
        hits.push(rule)
        if (rule.times !== undefined) rule.times -= 1
      }
      rules = rules.filter((r) => r.times === undefined || r.times > 0)
      return hits
    },
  }
}
export type Faults = ReturnType<typeof createFaults>
