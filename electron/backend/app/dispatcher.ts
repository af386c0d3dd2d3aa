import { isInvokeChannel, type InvokeChannel, type InvokeRequest, type InvokeResponse } from '#shared/ipc/contract'
import { REQUEST_SCHEMAS, toFieldIssues } from '#shared/ipc/request-schemas'
import { fail, ok, type Result } from '#shared/ipc/result'
import { ServiceError } from './service-error'

export type Handlers = {
  [K in InvokeChannel]: (request: InvokeRequest<K>) => InvokeResponse<K> | Promise<InvokeResponse<K>>
}

export type Dispatch = (channel: unknown, payload: unknown) => Promise<Result<unknown>>

export interface DispatcherOptions {
  /** Where unexpected failures are reported; their details never reach the renderer. */
  logError?: (channel: string, error: unknown) => void
}

/**
 * Turns untrusted (channel, payload) pairs into handler calls. Both transports —
 * Electron IPC and the browser bridge — go through here, so validation and error
 * mapping are written once.
 */
export function createDispatcher(handlers: Handlers, options: DispatcherOptions = {}): Dispatch {
  return async (channel, payload) => {
    if (!isInvokeChannel(channel)) return fail('UNKNOWN_CHANNEL', `Unknown request "${String(channel)}".`)
    const parsed = REQUEST_SCHEMAS[channel].safeParse(payload)
    if (!parsed.success) {
      const issues = toFieldIssues(parsed.error)
      return fail('INVALID_REQUEST', issues.map((i) => i.message).join(' '), issues)
    }
    try {
      const handler = handlers[channel] as (r: unknown) => unknown
      return ok(await handler(parsed.data))
    } catch (error) {
      if (error instanceof ServiceError) return fail(error.code, error.message, error.issues)
      options.logError?.(channel, error)
      return fail('INTERNAL', 'Something went wrong in Adwright. The details were written to the log.')
    }
  }
}
