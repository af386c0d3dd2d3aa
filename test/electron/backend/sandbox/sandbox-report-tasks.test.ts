/**
 * Asynchronous report tasks and the synchronous report's ad cap, over plain HTTP (bodies written from TikTok's spec,
 * not by Adwright's client): create, check through QUEUING and PROCESSING to SUCCESS, download a file whose rows are
 * the synchronous report's, cancel; the cap refusing a large account that a task still serves.
 */
import { describe, expect, it } from 'vitest'
import { call, type Body } from '#test/helpers/sandbox-http'
import { ADVERTISER, useSandbox } from '#test/helpers/sandbox'
import { dayAfter, testNow } from '#test/helpers/clock'
import { createDemoAccount } from '#shared/domain/demo/index'
import { readCsv } from '#shared/domain/csv/rfc4180'
import type { SandboxServer } from '#backend/sandbox/server'

const sandbox = useSandbox()
const query: Body = {
  advertiser_id: ADVERTISER,
  report_type: 'BASIC',
  data_level: 'AUCTION_AD',
  dimensions: ['ad_id', 'stat_time_day', 'country_code'],
  metrics: ['spend', 'impressions', 'clicks', 'conversion'],
  start_date: dayAfter(-6),
  end_date: dayAfter(0),
}
const taskBody = (extra: Body = {}): Body => ({ ...query, output_format: 'CSV_DOWNLOAD', enable_report_title_translation: false, ...extra })

async function syncRows(server: SandboxServer, q: Body = query) {
  const rows: Array<{ dimensions: Record<string, string>; metrics: Record<string, string> }> = []
  for (let page = 1; ; page++) {
    const r = await call(server.baseUrl, 'GET', '/report/integrated/get/', { ...q, page, page_size: 1000 })
    expect(r.code, r.message).toBe(0)
    rows.push(...(r.data.list as typeof rows))
    if (page >= (r.data.page_info as { total_page: number }).total_page) return rows
  }
}

async function finishedTask(server: SandboxServer, body: Body) {
  const created = await call(server.baseUrl, 'POST', '/report/task/create/', body)
  expect(created.code, created.message).toBe(0)
  const taskId = String(created.data.task_id)
  const statuses: string[] = []
  for (let i = 0; i < 10 && statuses.at(-1) !== 'SUCCESS'; i++) {
    const checked = await call(server.baseUrl, 'GET', '/report/task/check/', { advertiser_id: ADVERTISER, task_id: taskId })
    expect(checked.code, checked.message).toBe(0)
    statuses.push(String(checked.data.status))
  }
  return { taskId, statuses }
}

async function download(server: SandboxServer, taskId: string) {
  const link = await call(server.baseUrl, 'GET', '/report/task/download/', { advertiser_id: ADVERTISER, task_id: taskId })
  expect(link.code, link.message).toBe(0)
  // The link is fetched without the access token, as a signed download link is.
  const res = await fetch(String(link.data.download_url))
  return { link: link.data, status: res.status, text: await res.text() }
}

describe('report tasks', () => {
  it('go QUEUING → PROCESSING → SUCCESS and give a file with the synchronous report’s rows and field-name headers', async () => {
    const server = await sandbox()
    const { taskId, statuses } = await finishedTask(server, taskBody())
    expect(statuses).toEqual(['QUEUING', 'PROCESSING', 'SUCCESS'])
    const file = await download(server, taskId)
    expect(file.status).toBe(200)
    expect(file.link.output_format).toBe('CSV_DOWNLOAD')
    const read = readCsv(file.text)
    if (!read.ok) throw new Error(read.message)
    const [header, ...records] = read.records
    expect(header).toEqual(['ad_id', 'stat_time_day', 'country_code', 'spend', 'impressions', 'clicks', 'conversion'])
    const sync = await syncRows(server)
    expect(records.length).toBe(sync.length)
    expect(records.length).toBeGreaterThan(20)
    const asRows = records.map((r) => [...['ad_id', 'stat_time_day', 'country_code'].map((_, i) => r[i]), ...r.slice(3)].join('|'))
    expect(asRows).toEqual(
      sync.map((s) => [s.dimensions.ad_id, s.dimensions.stat_time_day, s.dimensions.country_code, ...Object.values(s.metrics)].join('|')),
    )
  })

  it('translate the header unless told not to, and refuse what the sandbox does not write', async () => {
    // Six creates in a row: lift /report/task/create/'s 2 QPS, which is not what this test is about.
    const server = await sandbox({ qps: { default: 10_000 } })
    const { taskId } = await finishedTask(server, taskBody({ enable_report_title_translation: true }))
    expect((await download(server, taskId)).text.split('\r\n')[0]).not.toContain('ad_id')
    for (const [extra, field] of [
      [{ output_format: 'XLSX_DOWNLOAD' }, 'output_format'],
      [{ output_format: undefined }, 'output_format'],
      [{ report_type: undefined }, 'report_type'],
      [{ file_name: 'q4#report' }, 'file_name'],
      // The synchronous report's own checks run at create: stat_time_day allows 30 days.
      [{ start_date: dayAfter(-40) }, 'end_date'],
    ] as const) {
      const body = taskBody(extra as Body)
      for (const k of Object.keys(extra)) if ((extra as Body)[k] === undefined) delete body[k]
      const r = await call(server.baseUrl, 'POST', '/report/task/create/', body)
      expect(r.code, JSON.stringify(extra)).toBe(40002)
      expect(r.message).toContain(field)
    }
  })

  it('download only when finished, and links expire after an hour', async () => {
    let now = Date.parse(`${dayAfter(0)}T12:00:00Z`)
    const server = await sandbox({ now: () => new Date(now) })
    const created = await call(server.baseUrl, 'POST', '/report/task/create/', taskBody())
    const early = await call(server.baseUrl, 'GET', '/report/task/download/', { advertiser_id: ADVERTISER, task_id: created.data.task_id })
    expect(early.code).toBe(40002)
    expect(early.message).toMatch(/QUEUING/)
    const { taskId } = await finishedTask(server, taskBody())
    const link = await call(server.baseUrl, 'GET', '/report/task/download/', { advertiser_id: ADVERTISER, task_id: taskId })
    now += 3_600_001
    expect((await fetch(String(link.data.download_url))).status).toBe(404)
    // Asking again gives a fresh link.
    expect((await download(server, taskId)).status).toBe(200)
  })

  it('cancel a running task, not a finished one; another advertiser’s or an unknown task id is refused', async () => {
    const server = await sandbox()
    const created = await call(server.baseUrl, 'POST', '/report/task/create/', taskBody())
    const id = String(created.data.task_id)
    expect((await call(server.baseUrl, 'POST', '/report/task/cancel/', { advertiser_id: ADVERTISER, task_id: id })).code).toBe(0)
    const checked = await call(server.baseUrl, 'GET', '/report/task/check/', { advertiser_id: ADVERTISER, task_id: id })
    expect(checked.data.status).toBe('CANCELED')
    expect((await call(server.baseUrl, 'GET', '/report/task/download/', { advertiser_id: ADVERTISER, task_id: id })).code).toBe(40002)
    const { taskId } = await finishedTask(server, taskBody())
    expect((await call(server.baseUrl, 'POST', '/report/task/cancel/', { advertiser_id: ADVERTISER, task_id: taskId })).code).toBe(40002)
    expect((await call(server.baseUrl, 'GET', '/report/task/check/', { advertiser_id: ADVERTISER, task_id: '123' })).code).toBe(40002)
    expect((await call(server.baseUrl, 'GET', '/report/task/check/', { advertiser_id: '7301000000000000999', task_id: taskId })).code).toBe(40001)
  })
})

/** The demo account the sandbox seeds, whose size the caps below are measured against. */
const DEMO_ADS = createDemoAccount(ADVERTISER, testNow()).ads.length

describe('the synchronous report’s ad cap', () => {
  it('refuses more ads than the cap unless ids filters (≤ 100 each) bring the request under it', async () => {
    // The demo account has more than 5 ads; a cap of 5 models the 20,000 at a small scale.
    const server = await sandbox({ reports: { syncAdCap: 5 } })
    const over = await call(server.baseUrl, 'GET', '/report/integrated/get/', query)
    expect(over.code).toBe(40002)
    expect(over.message).toMatch(new RegExp(`at most 5 ads.*covers ${DEMO_ADS}.*report/task/create`))
    const ads = (await call(server.baseUrl, 'GET', '/ad/get/', { advertiser_id: ADVERTISER, page_size: 100 })).data.list as Array<{ ad_id: string }>
    const some = ads.slice(0, 4).map((a) => a.ad_id)
    const filtered = await syncRows(server, {
      ...query,
      filtering: [{ field_name: 'ad_ids', filter_type: 'IN', filter_value: JSON.stringify(some) }],
    })
    expect(new Set(filtered.map((r) => r.dimensions.ad_id))).toEqual(new Set(some))
    const tooMany = Array.from({ length: 101 }, (_, i) => String(1_792_000_000_000_000_000n + BigInt(i + 1)))
    const refused = await call(server.baseUrl, 'GET', '/report/integrated/get/', {
      ...query,
      filtering: [{ field_name: 'ad_ids', filter_type: 'IN', filter_value: JSON.stringify(tooMany) }],
    })
    expect(refused.code).toBe(40002)
    expect(refused.message).toMatch(/at most 100 ids/)
    // A task is free of the cap.
    const { taskId, statuses } = await finishedTask(server, taskBody())
    expect(statuses.at(-1)).toBe('SUCCESS')
    expect(readCsv((await download(server, taskId)).text)).toMatchObject({ ok: true })
  })

  it('at TikTok’s 20,000: a generated account of 20,500 ads is refused synchronously and served by a task', async () => {
    const server = await sandbox({ largeAccountAds: 20_500 })
    const count = await call(server.baseUrl, 'GET', '/ad/get/', { advertiser_id: ADVERTISER, page_size: 1 })
    expect((count.data.page_info as { total_number: number }).total_number).toBe(20_500 + DEMO_ADS)
    const oneDay = { ...query, dimensions: ['ad_id', 'stat_time_day'], start_date: dayAfter(-1), end_date: dayAfter(-1) }
    const over = await call(server.baseUrl, 'GET', '/report/integrated/get/', oneDay)
    expect(over.code).toBe(40002)
    expect(over.message).toMatch(new RegExp(`at most 20000 ads.*covers ${20_500 + DEMO_ADS}`))
    const { taskId } = await finishedTask(server, taskBody(oneDay))
    const read = readCsv((await download(server, taskId)).text)
    if (!read.ok) throw new Error(read.message)
    // Every ad delivered that day: the generated ones started three days ago.
    expect(new Set(read.records.slice(1).map((r) => r[0])).size).toBe(20_500 + DEMO_ADS)
  }, 60_000)
})
