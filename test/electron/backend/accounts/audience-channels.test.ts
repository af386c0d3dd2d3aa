/** The audiences channels through the dispatcher, on a real data folder: the list, drafts, hashed customer files. */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Audience } from '#shared/audiences/schemas'
import { createCustomerFileHasher } from '#shared/audiences/customer-file'
import { ADVERTISER } from '#test/helpers/account-fixtures'
import { useAppServices, valueOf } from '#test/helpers/app-services'

const startServices = useAppServices()
const folder = (dir: string) => join(dir, 'accounts', ADVERTISER, 'audiences')

function hashed(raw: string) {
  const h = createCustomerFileHasher({ calculate_type: 'MULTIPLE_TYPES' })
  const out = h.push(raw)
  const end = h.end()
  return { text: out + end.output, report: end.report }
}

const fileDraft = (hashing?: Extract<Audience, { audience_type: 'CUSTOMER_FILE' }>['hashing']) => ({
  audience_id: 'local-vip',
  custom_audience_name: 'VIP customers',
  audience_type: 'CUSTOMER_FILE' as const,
  calculate_type: 'MULTIPLE_TYPES' as const,
  hashing,
})

describe('audience channels', () => {
  it('keeps a customer file only as hashed, signed with its MD5, and lists it after a restart', async () => {
    const s = startServices()
    const { text, report } = hashed('Email,Phone\nAnna@Example.com,+49 30 1234567\nnot an email,\n')
    const summary = { rows: report.rows, valid: report.valid, bad: report.badRows }
    const list = valueOf<Audience[]>(
      await s.dispatch('audiences:save-customer-file', { advertiserId: ADVERTISER, audience: fileDraft(summary), hashed: text }),
    )
    expect(list).toHaveLength(1)
    const saved = list[0] as Extract<Audience, { audience_type: 'CUSTOMER_FILE' }>
    expect(saved.hashing).toMatchObject({ rows: 2, bad: 1, file_signature: createHash('md5').update(text).digest('hex') })
    const onDisk = readFileSync(join(folder(s.dir), 'local-vip.hashed.csv'), 'utf8')
    expect(onDisk).toBe(text)
    expect(onDisk).not.toMatch(/anna|example/i)
    s.close()
    const again = startServices({}, s.dir)
    expect(valueOf<Audience[]>(await again.dispatch('audiences:list', { advertiserId: ADVERTISER }))).toEqual(list)
  })

  it('refuses a raw file, and a customer file without one, naming the field', async () => {
    const s = startServices()
    const raw = await s.dispatch('audiences:save-customer-file', {
      advertiserId: ADVERTISER,
      audience: fileDraft(),
      hashed: 'Email\nanna@example.com\n',
    })
    expect(raw).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST', issues: [{ path: 'hashed', message: expect.stringMatching(/hash the file first/) }] },
    })
    const noFile = await s.dispatch('audiences:save', { advertiserId: ADVERTISER, audience: fileDraft() })
    expect(noFile).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } })
    expect(valueOf<Audience[]>(await s.dispatch('audiences:list', { advertiserId: ADVERTISER }))).toEqual([])
  })

  it('saves and replaces rule-based and lookalike drafts by id', async () => {
    const s = startServices()
    const engaged = {
      audience_id: 'local-engaged',
      custom_audience_name: 'Video viewers',
      audience_type: 'ENGAGEMENT' as const,
      rule_spec: { inclusion_rule_set: { rules: [{ retention_days: 30, filter_set: { operator: 'OR' as const, filters: [] } }] } },
    }
    await s.dispatch('audiences:save', { advertiserId: ADVERTISER, audience: engaged })
    const list = valueOf<Audience[]>(
      await s.dispatch('audiences:save', { advertiserId: ADVERTISER, audience: { ...engaged, custom_audience_name: 'Viewers 30d' } }),
    )
    expect(list.map((a) => a.custom_audience_name)).toEqual(['Viewers 30d'])
  })

  it('reports a damaged list and leaves it as it was', async () => {
    const s = startServices()
    mkdirSync(folder(s.dir), { recursive: true })
    writeFileSync(join(folder(s.dir), 'catalogue.json'), '{"audiences": [{"audience_id": 5}]}')
    const r = await s.dispatch('audiences:save', {
      advertiserId: ADVERTISER,
      audience: {
        audience_id: 'local-x',
        custom_audience_name: 'x',
        audience_type: 'LOOKALIKE',
        lookalike_spec: {
          source_audience_id: '1',
          audience_size: 'NARROW',
          include_source: false,
          location_ids: ['6252001'],
          mobile_os: 'ALL',
          placements: ['TikTok'],
        },
      },
    })
    expect(r).toMatchObject({ ok: false, error: { code: 'STORAGE', message: expect.stringMatching(/left as it is/) } })
    expect(readFileSync(join(folder(s.dir), 'catalogue.json'), 'utf8')).toBe('{"audiences": [{"audience_id": 5}]}')
  })
})
