import type { HashingReport } from '#shared/audiences/customer-file'
import type { CalculateType } from '#shared/audiences/kinds'

/** What the page and the hashing worker say to each other. */
export interface HashWorkerRequest {
  file: File
  calculate_type: CalculateType
}
export type HashWorkerReply =
  | { type: 'progress'; bytesRead: number; total: number }
  | { type: 'done'; hashed: string; report: HashingReport }
  | { type: 'error'; message: string }
