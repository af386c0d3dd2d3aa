/**
 * Upload throughput to the sandbox on loopback (issue 13), measured side by side, alternating, best of ROUNDS each:
 * - the client's multipart video upload (streamed from disk, counted for progress, cancellable);
 * - a plain `fetch` POST of the same bytes as the same form to the same sandbox endpoint: what any HTTP client pays
 *   for the same upload. The goal compares these two: the client adds at most 20 %.
 * - the same form, and the bare file, to a server that only drains them: how much of the time is the sandbox's own
 *   work as TikTok does it (MD5 check, the file to disk, MediaInfo's probe), printed, not a goal — it is the server's.
 * UPLOAD_BENCH_MB sizes the file (default 64; ffmpeg encodes it first).
 */
import { createHash } from 'node:crypto'
import { createReadStream, mkdtempSync, openAsBlob, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SANDBOX_DEMO_TOKEN, startSandboxServer } from '#backend/sandbox/server'
import { createTikTokClient } from '#backend/tiktok-api/client'
import { makeVideo } from '../helpers/media'
import { testNow } from '../helpers/clock'
import { round, type Bench } from './figures'

const ROUNDS = 5
const ADV = '7301000000000000001'

async function md5(path: string) {
  const h = createHash('md5')
  for await (const c of createReadStream(path)) h.update(c as Buffer)
  return h.digest('hex')
}

const bench: Bench = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'adwright-upload-bench-'))
  const mb = Number(process.env.UPLOAD_BENCH_MB ?? 64)
  // The test pattern compresses well: about 1.5 MB a second of video at this rate.
  const path = makeVideo(dir, 'bench', { width: 720, height: 1280, seconds: Math.max(2, Math.round(mb / 1.5)), kbps: 40_000 })
  const size = statSync(path).size
  const signature = await md5(path)
  const sandbox = await startSandboxServer({ now: testNow, seed: 1, qps: { default: 10_000 } })
  const plain = createServer((req, res) => {
    req.on('data', () => {})
    req.on('end', () => res.end('{}'))
  })
  await new Promise<void>((r) => plain.listen(0, '127.0.0.1', r))
  const plainUrl = `http://127.0.0.1:${(plain.address() as AddressInfo).port}/`
  const client = createTikTokClient({ baseUrl: sandbox.baseUrl, accessToken: SANDBOX_DEMO_TOKEN, qps: { default: 10_000 } })
  const best = { client: Infinity, bare: Infinity, plain: Infinity, form: Infinity }
  const uploadForm = async () => {
    const form = new FormData()
    form.set('advertiser_id', ADV)
    form.set('upload_type', 'UPLOAD_BY_FILE')
    form.set('video_signature', signature)
    form.set('video_file', await openAsBlob(path), 'bench.mp4')
    return form
  }
  try {
    for (let i = 0; i < ROUNDS; i++) {
      let t = performance.now()
      let sent = 0
      await client.uploadVideo(ADV, { path, signature, onBytes: (n) => (sent += n) })
      best.client = Math.min(best.client, performance.now() - t)
      if (sent !== size) throw new Error(`progress counted ${sent} of ${size} bytes`)
      t = performance.now()
      const bare = (await (
        await fetch(`${sandbox.baseUrl}/file/video/ad/upload/`, {
          method: 'POST',
          headers: { 'Access-Token': SANDBOX_DEMO_TOKEN },
          body: await uploadForm(),
        })
      ).json()) as { code: number; message: string }
      best.bare = Math.min(best.bare, performance.now() - t)
      if (bare.code !== 0) throw new Error(`plain upload refused: ${bare.message}`)
      t = performance.now()
      await (await fetch(plainUrl, { method: 'POST', body: await openAsBlob(path) })).text()
      best.plain = Math.min(best.plain, performance.now() - t)
      // The same multipart body the client sends, to the draining server: the client's share of the cost.
      t = performance.now()
      const form = new FormData()
      form.set('video_file', await openAsBlob(path), 'bench.mp4')
      await (await fetch(plainUrl, { method: 'POST', body: form })).text()
      best.form = Math.min(best.form, performance.now() - t)
    }
  } finally {
    await sandbox.close()
    await new Promise((r) => plain.close(r))
    rmSync(dir, { recursive: true, force: true })
  }
  const mbps = (ms: number) => round(size / 1024 / 1024 / (ms / 1000), 1)
  return [
    { name: 'file size', value: round(size / 1024 / 1024, 1), unit: 'MB', goal: '' },
    { name: 'client → sandbox upload (best of 5)', value: mbps(best.client), unit: 'MB/s', goal: '' },
    { name: 'plain fetch of the same form → sandbox (best of 5)', value: mbps(best.bare), unit: 'MB/s', goal: '' },
    { name: 'client time ÷ plain fetch time, same sandbox', value: round(best.client / best.bare, 2), unit: '×', goal: '≤ 1.2' },
    { name: 'the same form to a draining server (best of 5)', value: mbps(best.form), unit: 'MB/s', goal: '' },
    { name: 'the bare file to a draining server (best of 5)', value: mbps(best.plain), unit: 'MB/s', goal: '' },
    {
      name: "sandbox's own work (MD5, disk, probe): plain fetch to sandbox ÷ to draining server",
      value: round(best.bare / best.form, 2),
      unit: '×',
      goal: '',
    },
  ]
}
export default bench
