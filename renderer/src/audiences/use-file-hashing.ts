import { useCallback, useEffect, useRef, useState } from 'react'
import type { HashingReport } from '#shared/audiences/customer-file'
import type { CalculateType } from '#shared/audiences/kinds'
import type { HashWorkerReply, HashWorkerRequest } from './hash-messages'

export type HashingState =
  | { state: 'idle' }
  | { state: 'hashing'; fileName: string; progress: number }
  | { state: 'done'; fileName: string; hashed: string; report: HashingReport }
  | { state: 'failed'; fileName: string; message: string }

/** Hashes a chosen file in a Web Worker (./hash-worker.ts) with progress; a new file or unmount stops the last one. */
export function useFileHashing() {
  const [status, setStatus] = useState<HashingState>({ state: 'idle' })
  const worker = useRef<Worker | null>(null)
  const stop = () => {
    worker.current?.terminate()
    worker.current = null
  }
  useEffect(() => stop, [])
  const start = useCallback((file: File, calculate_type: CalculateType) => {
    stop()
    const w = new Worker(new URL('./hash-worker.ts', import.meta.url), { type: 'module' })
    worker.current = w
    setStatus({ state: 'hashing', fileName: file.name, progress: 0 })
    w.onmessage = (e: MessageEvent<HashWorkerReply>) => {
      const m = e.data
      if (m.type === 'progress') setStatus({ state: 'hashing', fileName: file.name, progress: m.total ? m.bytesRead / m.total : 0 })
      else {
        setStatus(
          m.type === 'done'
            ? { state: 'done', fileName: file.name, hashed: m.hashed, report: m.report }
            : { state: 'failed', fileName: file.name, message: m.message },
        )
        stop()
      }
    }
    w.onerror = (e) => {
      setStatus({ state: 'failed', fileName: file.name, message: e.message || 'The hashing worker stopped.' })
      stop()
    }
    w.postMessage({ file, calculate_type } satisfies HashWorkerRequest)
  }, [])
  const reset = useCallback(() => {
    stop()
    setStatus({ state: 'idle' })
  }, [])
  return { status, start, reset }
}
