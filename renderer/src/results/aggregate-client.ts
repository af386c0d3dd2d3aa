/**
 * Runs the aggregate in a Web Worker so a large account never freezes the page.
 * If the worker cannot start (module workers from file:// are not something
 * this machine can test in Electron), it falls back to the UI thread: slower
 * for huge accounts, but the page still works.
 */
import { aggregate, type ResultsQuery, type ResultsView } from '#shared/results/aggregate'
import { toColumns, type ResultColumns } from '#shared/results/result-columns'
import type { WorkerRequest, WorkerResponse } from './aggregate-worker'

let worker: Worker | null = null
let fallback: { columns: ResultColumns } | null = null
let lastColumns: ResultColumns = toColumns([])
let nextId = 1
const pending = new Map<number, { resolve: (v: ResultsView) => void; reject: (e: Error) => void; query: ResultsQuery }>()

function fallBackToUiThread(reason: unknown) {
  console.warn('[results] aggregating on the UI thread:', reason)
  worker?.terminate()
  worker = null
  fallback = { columns: lastColumns }
  // Answer whatever was waiting on the worker.
  for (const [id, p] of pending) {
    pending.delete(id)
    p.resolve(aggregate(fallback.columns, p.query))
  }
}

function theWorker(): Worker | null {
  if (!worker && !fallback) {
    try {
      worker = new Worker(new URL('./aggregate-worker.ts', import.meta.url), { type: 'module' })
    } catch (error) {
      fallBackToUiThread(error)
      return null
    }
    worker.onerror = (event) => fallBackToUiThread(event.message || 'the worker failed to load')
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const p = pending.get(event.data.id)
      pending.delete(event.data.id)
      if ('view' in event.data) p?.resolve(event.data.view)
      else p?.reject(new Error(event.data.error))
    }
  }
  return worker
}

/** Aggregates off the UI thread; pass `columns` when they changed since the last call. */
export function aggregateInWorker(query: ResultsQuery, columns?: ResultColumns): Promise<ResultsView> {
  if (columns) lastColumns = columns
  const w = theWorker()
  if (!w) {
    if (columns || !fallback) fallback = { columns: lastColumns }
    return Promise.resolve(aggregate(fallback.columns, query))
  }
  const id = nextId++
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, query })
    w.postMessage({ id, columns, query } satisfies WorkerRequest)
  })
}
