/** Faults a tester can switch on in the embedded sandbox, to watch posting fail and recover. */
export interface SandboxFaultRule {
  /** API path such as `/adgroup/create/`, or `*` for every endpoint. */
  endpoint: string
  kind: 'latency' | 'http-status' | 'error-code' | 'drop-after-commit'
  latencyMs?: number
  status?: number
  code?: number
  message?: string
  /** Chance that a matching request is hit; always when absent. */
  probability?: number
  /** Only the next N matching requests. */
  times?: number
}

export interface SandboxFaultsState {
  rules: SandboxFaultRule[]
  tokensExpired: boolean
}
