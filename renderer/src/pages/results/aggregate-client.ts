import type { ResultsQuery, ResultsView } from '../../../../shared/results/aggregate'
import type { ResultRow } from '../../../../shared/results/report-rows'
import type { WorkerRequest, WorkerResponse } from './aggregate-worker'

let worker: Worker | null = null
let nextId = 1
const pending = new Map<number, { resolve: (v: ResultsView) => void; reject: (e: Error) => void }>()

function theWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./aggregate-worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const p = pending.get(event.data.id)
      pending.delete(event.data.id)
      if ('view' in event.data) p?.resolve(event.data.view)
      else p?.reject(new Error(event.data.error))
    }
  }
  return worker
}

/** Aggregates in the worker; pass `rows` when they changed since the last call. */
export function aggregateInWorker(query: ResultsQuery, rows?: ResultRow[]): Promise<ResultsView> {
  const id = nextId++
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject })
    theWorker().postMessage({ id, rows, query } satisfies WorkerRequest)
  })
}
