/**
 * Hashes a customer file off the UI thread: the page posts the File the buyer chose, this worker reads
 * it as a stream, hashes it chunk by chunk (shared/audiences/customer-file.ts) and posts progress, then
 * the hashed text and the counts. The raw identifiers exist only in the chunk being read, here.
 */
import { createCustomerFileHasher, CustomerFileError } from '#shared/audiences/customer-file'
import type { CalculateType } from '#shared/audiences/kinds'
import type { HashWorkerReply, HashWorkerRequest } from './hash-messages'

const reply = (m: HashWorkerReply) => self.postMessage(m)

self.onmessage = async (e: MessageEvent<HashWorkerRequest>) => {
  const { file, calculate_type } = e.data
  try {
    const total = file.size
    let bytesRead = 0
    const h = createCustomerFileHasher({ calculate_type: calculate_type as CalculateType })
    const parts: string[] = []
    const reader = file.stream().getReader()
    const decoder = new TextDecoder()
    let lastReport = 0
    for (;;) {
      const { value, done } = await reader.read()
      if (done) break
      bytesRead += value.byteLength
      parts.push(h.push(decoder.decode(value, { stream: true })))
      // A few dozen progress messages at most, whatever the file's size.
      if (bytesRead - lastReport > total / 50) {
        lastReport = bytesRead
        reply({ type: 'progress', bytesRead, total })
      }
    }
    parts.push(h.push(decoder.decode()))
    const { output, report } = h.end()
    parts.push(output)
    reply({ type: 'done', hashed: parts.join(''), report })
  } catch (error) {
    reply({ type: 'error', message: error instanceof CustomerFileError ? error.message : `The file could not be read: ${(error as Error).message}` })
  }
}
