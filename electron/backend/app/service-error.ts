import type { ErrorCode, FieldIssue } from '#shared/ipc/result'

/** An error meant for the user: its message is shown as is, its code drives the UI. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message)
    this.name = 'ServiceError'
  }
}
