import type { EventChannel, EventPayload, InvokeArgs, InvokeChannel, InvokeResponse } from '#shared/ipc/contract'
import type { ErrorCode, FieldIssue, IpcError } from '#shared/ipc/result'

/** A failed back-end call, with the code and field issues the UI can act on. */
export class ApiError extends Error {
  readonly code: ErrorCode
  readonly issues: FieldIssue[]
  constructor(error: IpcError) {
    super(error.message)
    this.name = 'ApiError'
    this.code = error.code
    this.issues = error.issues ?? []
  }
}

function backend() {
  const api = window.adwright
  if (!api) throw new Error('Adwright’s back end is not available in this window.')
  return api
}

/** Calls a contract channel; resolves with the value or throws an ApiError. */
export async function call<K extends InvokeChannel>(channel: K, ...args: InvokeArgs<K>): Promise<InvokeResponse<K>> {
  const result = await backend().invoke(channel, ...args)
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}

export function subscribe<K extends EventChannel>(channel: K, listener: (payload: EventPayload<K>) => void) {
  return backend().on(channel, listener)
}

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))
