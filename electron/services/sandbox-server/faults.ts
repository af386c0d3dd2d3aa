/**
 * Fault injection for tests and demos: latency, HTTP 5xx, TikTok error codes and
 * a response dropped after the write was committed, per endpoint, with a
 * probability or for the next N requests. Draws come from a seeded stream, so a
 * seed replays the same failures in the same order.
 */
import { createPrng } from './prng'

export type FaultKind = 'latency' | 'http-status' | 'error-code' | 'drop-after-commit'

export interface FaultRule {
  /** API path such as `/ad/create/`, or `*` for every endpoint. */
  endpoint: string
  kind: FaultKind
  /** For `latency`. */
  latencyMs?: number
  /** For `http-status`, e.g. 503. */
  status?: number
  /** For `error-code`, e.g. 50000 or 40100. */
  code?: number
  message?: string
  /** Chance that a matching request is hit; 1 when absent. */
  probability?: number
  /** Hit only the next N matching requests, then retire the rule. */
  times?: number
}

export interface FaultsConfig {
  rules?: FaultRule[]
  /** Every token answers 40102 (expired) until restored. */
  tokensExpired?: boolean
}

export function createFaults(seed: number, config: FaultsConfig = {}) {
  const random = createPrng(seed)
  let rules: FaultRule[] = [...(config.rules ?? [])]
  let expired = config.tokensExpired ?? false

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
