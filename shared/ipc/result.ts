/**
 * Every IPC call answers with a Result instead of throwing: Electron flattens a
 * rejected `invoke` into a bare message string, which would lose the error code
 * and the field-level issues the UI needs to point at the right input.
 */
export type ErrorCode =
  | 'INVALID_REQUEST' // payload failed validation in main
  | 'UNKNOWN_CHANNEL'
  | 'FORBIDDEN' // sender not trusted / bad bridge token
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'STORAGE' // disk or database failure
  | 'INTERNAL'

export interface FieldIssue {
  /** Dotted path inside the request, e.g. `theme` or `budget.amount`. */
  path: string
  message: string
}

export interface IpcError {
  code: ErrorCode
  message: string
  issues?: FieldIssue[]
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (code: ErrorCode, message: string, issues?: FieldIssue[]): Result<never> => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
})
