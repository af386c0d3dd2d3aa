import { loadavg } from 'node:os'
import { Worker } from 'node:worker_threads'
import { createCustomerFileHasher } from '#shared/audiences/customer-file'
import { round, type Bench } from './figures'

const ROWS = 1_000_000
const CHUNK = 64 * 1024

/**
 * A 1,000,000-row customer file with 1% bad rows, cut into 64 KiB chunks as a file stream
 * delivers it: one email per row (the usual file), or an email and a phone (twice the hashing).
 */
function makeChunks(withPhone: boolean): string[] {
  const lines = [withPhone ? 'Email,Phone' : 'Email']
  for (let i = 0; i < ROWS; i++) {
    const email = i % 100 === 99 ? 'not an email' : `Customer.${i}+news@Example${i % 97}.com`
    lines.push(withPhone ? `${email},${i % 100 === 99 ? '12' : `+1 (212) 55${String(i % 100000).padStart(5, '0')}`}` : email)
  }
  const text = lines.join('\n')
  const chunks: string[] = []
  for (let i = 0; i < text.length; i += CHUNK) chunks.push(text.slice(i, i + CHUNK))
  return chunks
}

function run(withPhone: boolean) {
  const chunks = makeChunks(withPhone)
  const c = process.cpuUsage()
  const start = performance.now()
  let progressCalls = 0
  const h = createCustomerFileHasher({ calculate_type: 'MULTIPLE_TYPES', onProgress: () => progressCalls++ })
  let bytes = 0
  for (const chunk of chunks) bytes += h.push(chunk).length
  const { output, report } = h.end()
  bytes += output.length
  const wall = performance.now() - start
  const d = process.cpuUsage(c)
  if (report.rows !== ROWS || report.badRows !== ROWS / 100)
    throw new Error(`hashed ${report.rows} rows, ${report.badRows} bad: the bench file is wrong`)
  const what = withPhone ? '1,000,000 rows, email + phone' : '1,000,000 rows, email'
  return [
    { name: `hash ${what}, wall`, value: round(wall / 1000, 2), unit: 's', goal: withPhone ? '' : '< 5 s' },
    { name: `hash ${what}, CPU`, value: round((d.user + d.system) / 1e6, 2), unit: 's', goal: withPhone ? '' : '< 5 s' },
    { name: `hash ${what}, output`, value: round(bytes / 1e6, 1), unit: 'MB', goal: '' },
    { name: `hash ${what}, progress reports`, value: progressCalls, unit: '', goal: '' },
  ]
}

/** The same one-email file hashed in a worker thread, the main thread only passing chunks on. */
async function inWorker() {
  const chunks = makeChunks(false)
  // Workers do not inherit tsx's loader: register it inside the worker before loading the TypeScript file.
  const url = new URL('./hash-worker.ts', import.meta.url).href
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}) })`
  const worker = new Worker(boot, { eval: true })
  const start = performance.now()
  let progress = 0
  const done = new Promise<{ report: { rows: number } }>((resolve, reject) => {
    worker.on('error', reject)
    worker.on('message', (m: { type: string; report?: { rows: number } }) => {
      if (m.type === 'progress') progress++
      else resolve(m as { report: { rows: number } })
    })
  })
  for (const chunk of chunks) worker.postMessage({ chunk })
  worker.postMessage({ end: true })
  const { report } = await done
  const wall = performance.now() - start
  await worker.terminate()
  if (report.rows !== ROWS) throw new Error(`the worker hashed ${report.rows} rows`)
  return [
    { name: 'hash 1,000,000 rows, email, in a worker thread, wall', value: round(wall / 1000, 2), unit: 's', goal: '< 5 s' },
    { name: 'hash 1,000,000 rows, email, in a worker thread, progress messages', value: progress, unit: '', goal: '' },
  ]
}

const bench: Bench = async () => [
  { name: 'machine load average (1 min) at start', value: round(loadavg()[0]!, 1), unit: '', goal: '' },
  ...run(false),
  ...run(true),
  ...(await inWorker()),
]

export default bench
