/** Customer-file audiences made in the sandbox over real HTTP, as Adwright would upload them (hashed here, MD5 signed). */
import { createHash } from 'node:crypto'
import { createCustomerFileHasher } from '#shared/audiences/customer-file'
import { SANDBOX_DEMO_TOKEN, type SandboxServer } from '#backend/sandbox/server'
import { ADVERTISER } from './sandbox'

/** A hashed customer file of `n` emails. */
export function hashedFile(n: number): string {
  const h = createCustomerFileHasher({ calculate_type: 'EMAIL_SHA256' })
  const out = h.push(['Email', ...Array.from({ length: n }, (_, i) => `person${i}@example.com`)].join('\n'))
  return out + h.end().output
}

export interface Envelope {
  code: number
  message: string
  data: Record<string, unknown>
}

export async function uploadCustomerFile(
  server: SandboxServer,
  content: string,
  over: { filename?: string; signature?: string; calculate_type?: string } = {},
): Promise<Envelope> {
  const form = new FormData()
  form.set('advertiser_id', ADVERTISER)
  form.set('calculate_type', over.calculate_type ?? 'EMAIL_SHA256')
  form.set('file_signature', over.signature ?? createHash('md5').update(content).digest('hex'))
  form.set('file', new Blob([content], { type: 'text/csv' }), over.filename ?? 'customers.csv')
  const res = await fetch(`${server.baseUrl}/dmp/custom_audience/file/upload/`, {
    method: 'POST',
    body: form,
    headers: { 'Access-Token': SANDBOX_DEMO_TOKEN },
  })
  return (await res.json()) as Envelope
}

/** A customer-file audience of `rows` emails in the sandbox; its id. Throws when the sandbox refuses. */
export async function fileAudience(server: SandboxServer, rows: number): Promise<string> {
  const up = await uploadCustomerFile(server, hashedFile(rows))
  const res = await fetch(`${server.baseUrl}/dmp/custom_audience/create/`, {
    method: 'POST',
    headers: { 'Access-Token': SANDBOX_DEMO_TOKEN, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      advertiser_id: ADVERTISER,
      custom_audience_name: `Customers ${rows}`,
      calculate_type: 'EMAIL_SHA256',
      file_paths: [up.data.file_path],
      retention_in_days: 180,
    }),
  })
  const created = (await res.json()) as Envelope
  if (created.code !== 0) throw new Error(`audience create refused: ${created.message}`)
  return String(created.data.custom_audience_id)
}
