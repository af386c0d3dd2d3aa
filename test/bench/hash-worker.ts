/**
 * Hashes a customer file in a worker thread, as the app would off its UI thread: chunks in,
 * progress and hashed text out. Used by customer-file.bench.ts; the renderer's Web Worker does
 * the same with postMessage.
 */
import { parentPort } from 'node:worker_threads'
import { createCustomerFileHasher } from '#shared/audiences/customer-file'

const h = createCustomerFileHasher({ calculate_type: 'EMAIL_SHA256', onProgress: (p) => parentPort!.postMessage({ type: 'progress', ...p }) })
let bytes = 0
parentPort!.on('message', (m: { chunk?: string; end?: true }) => {
  if (m.chunk !== undefined) bytes += h.push(m.chunk).length
  else {
    const { output, report } = h.end()
    parentPort!.postMessage({ type: 'done', bytes: bytes + output.length, report })
  }
})
