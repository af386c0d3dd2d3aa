/** The sandbox's custom-audience and Pangle-package endpoints over real HTTP ([SDK] dmp_custom_audience_*.yml; notes tiktok-api-2026.md §4). */
import { describe, expect, it } from 'vitest'
import { useSandbox } from '#test/helpers/sandbox'
import { fileAudience, hashedFile, uploadCustomerFile as upload } from '#test/helpers/sandbox-audiences'
import { api } from './smart-plus-http'

const sandbox = useSandbox()

describe('sandbox custom audiences', () => {
  it('uploads a hashed file with its MD5, creates an audience from it, and lists and gets it', async () => {
    const server = await sandbox()
    const up = await upload(server, hashedFile(500))
    expect(up.code).toBe(0)
    expect(up.data.file_path).toMatch(/\.csv$/)
    const id = await fileAudience(server, 500)
    const listed = await api(server).get('/dmp/custom_audience/list/', { page_size: 100 })
    const mine = listed.data.list?.find((a) => a.audience_id === id)
    expect(mine).toMatchObject({ name: 'Customers 500', audience_type: 'CUSTOMER_FILE', is_valid: true, is_expiring: false })
    expect(mine!.cover_num).toBeGreaterThan(0)
    expect(mine!.cover_num).toBeLessThanOrEqual(500)
    const got = await api(server).get('/dmp/custom_audience/get/', { custom_audience_ids: [id] })
    expect(got.data.list?.[0]).toMatchObject({ audience_details: { audience_id: id, type: 'CUSTOMER_FILE', calculate_type: 'EMAIL_SHA256' } })
  })

  it('refuses a wrong MD5, a file that is not .csv/.txt, and a calculate_type unlike the file’s', async () => {
    const server = await sandbox()
    const content = hashedFile(10)
    expect((await upload(server, content, { signature: '0'.repeat(32) })).message).toMatch(/^file_signature:/)
    expect((await upload(server, content, { filename: 'customers.xlsx' })).message).toMatch(/^file:.*\.csv or \.txt/)
    expect((await upload(server, content, { calculate_type: 'EMAIL' })).code).toBe(40002)
    const up = await upload(server, content)
    const wrong = await api(server).post('/dmp/custom_audience/create/', {
      custom_audience_name: 'x',
      calculate_type: 'PHONE_SHA256',
      file_paths: [up.data.file_path],
    })
    expect(wrong).toMatchObject({ code: 40002, message: expect.stringMatching(/^calculate_type:/) })
    const long = await api(server).post('/dmp/custom_audience/create/', {
      custom_audience_name: 'x'.repeat(129),
      calculate_type: 'EMAIL_SHA256',
      file_paths: [up.data.file_path],
    })
    expect(long.message).toMatch(/^custom_audience_name:/)
    const unknown = await api(server).post('/dmp/custom_audience/create/', {
      custom_audience_name: 'x',
      calculate_type: 'EMAIL_SHA256',
      file_paths: ['sandbox/none.csv'],
    })
    expect(unknown.message).toMatch(/^file_paths:/)
  })

  it('creates a lookalike of a source of at least 100 people that is not a lookalike', async () => {
    const server = await sandbox()
    const call = api(server)
    const spec = (source: string) => ({
      source_audience_id: source,
      audience_size: 'BALANCED',
      include_source: false,
      location_ids: ['6252001'],
      mobile_os: 'ALL',
      placements: ['TikTok'],
    })
    const big = await fileAudience(server, 400)
    const small = await fileAudience(server, 100)
    const lal = await call.post('/dmp/custom_audience/lookalike/create/', { custom_audience_name: 'Lookalike', lookalike_spec: spec(big) })
    expect(lal.code).toBe(0)
    const tooSmall = await call.post('/dmp/custom_audience/lookalike/create/', { custom_audience_name: 'Tiny', lookalike_spec: spec(small) })
    expect(tooSmall.message).toMatch(/no less than 100/)
    const ofLal = await call.post('/dmp/custom_audience/lookalike/create/', {
      custom_audience_name: 'Again',
      lookalike_spec: spec(String(lal.data.custom_audience_id)),
    })
    expect(ofLal.message).toMatch(/cannot be an existing lookalike/)
    const noOs = await call.post('/dmp/custom_audience/lookalike/create/', {
      custom_audience_name: 'No OS',
      lookalike_spec: { ...spec(big), mobile_os: undefined },
    })
    expect(noOs.message).toBe('lookalike_spec.mobile_os: Missing data for required field.')
    const listed = await call.get('/dmp/custom_audience/list/', { custom_audience_ids: [lal.data.custom_audience_id] })
    expect(listed.data.list).toEqual([
      expect.objectContaining({ audience_type: 'LOOKALIKE', lookalike_spec: expect.objectContaining({ source_audience_id: big }) }),
    ])
  })

  it('pages the list at most 100 per page and gets at most 100 ids', async () => {
    const server = await sandbox()
    expect((await api(server).get('/dmp/custom_audience/list/', { page_size: 101 })).message).toMatch(/^page_size:/)
    const ids = Array.from({ length: 101 }, (_, i) => String(i + 1))
    expect((await api(server).get('/dmp/custom_audience/get/', { custom_audience_ids: ids })).message).toMatch(/^custom_audience_ids:/)
  })

  it('answers the Pangle packages, one to include and one to exclude', async () => {
    const server = await sandbox()
    const r = await api(server).get('/pangle_audience_package/get/')
    expect((r.data.packages as Array<{ bind_type: string }>).map((p) => p.bind_type).sort()).toEqual(['EXCLUDE', 'INCLUDE'])
  })
})
