/**
 * Asynchronous report tasks, for accounts past the synchronous report's 20,000-ad cap (notes tiktok-api-2026.md §4
 * "Reports at scale"; tiktok-api.md §4): create a task with the synchronous report's parameters, check it until it
 * succeeds, then ask for its download link and fetch the file. Statuses and the download answer follow [BUB]
 * model/report/task_check.go and task_download.go (the SDK's yml has no response schema).
 *
 * The file comes from the link TikTok hands out, not from the API: it is fetched without the access token (the
 * link carries its own authorisation), never through a redirect, and only from https or the API's own origin.
 */
import { z } from 'zod'
import { pageOf } from './response-schemas'
import { MalformedResponseError, TikTokApiError } from './errors'
import type { ReportQuery } from './tool-endpoints'
import type { Transport, TransportOptions } from './transport'

export const REPORT_TASK_STATUSES = ['QUEUING', 'PROCESSING', 'SUCCESS', 'FAILED', 'CANCELED'] as const
export type ReportTaskStatus = (typeof REPORT_TASK_STATUSES)[number]

const TaskCheckSchema = z.object({ status: z.enum(REPORT_TASK_STATUSES), message: z.string().optional() })
const TaskDownloadSchema = z.object({ download_url: z.string().min(1), file_name: z.string().optional(), output_format: z.string().optional() })
const FILE_TIMEOUT_MS = 120_000

export function reportTaskEndpoints(t: Transport, options: Pick<TransportOptions, 'baseUrl' | 'fetch' | 'timeoutMs'>) {
  const doFetch = options.fetch ?? fetch
  const apiOrigin = new URL(options.baseUrl).origin

  return {
    /**
     * How many (not deleted) ads the advertiser has: one /ad/get/ of one row, whose page_info counts them all. This
     * decides between the synchronous report and tasks before any report is asked for.
     */
    async adCount(advertiserId: string): Promise<number> {
      const data = await t.request({
        method: 'GET',
        path: '/ad/get/',
        params: { advertiser_id: advertiserId, fields: ['ad_id'], page: 1, page_size: 1 },
        data: pageOf(z.unknown()),
        idempotent: true,
      })
      return data.page_info.total_number
    },
    /**
     * The header of the file names fields (`ad_id`, `spend`) instead of display titles, which TikTok retranslates
     * from time to time ([BUB] model/report/task_create.go); CSV_DOWNLOAD so the file comes by link.
     */
    createReportTask: (query: Omit<ReportQuery, 'page_size'>) =>
      t.request({
        method: 'POST',
        path: '/report/task/create/',
        params: { report_type: 'BASIC', ...query, output_format: 'CSV_DOWNLOAD', enable_report_title_translation: false },
        data: z.object({ task_id: z.union([z.string(), z.number()]).transform(String) }),
        // A repeated create makes a second task for the same read-only report: wasteful, never harmful.
        idempotent: true,
      }),
    checkReportTask: (advertiserId: string, taskId: string) =>
      t.request({
        method: 'GET',
        path: '/report/task/check/',
        params: { advertiser_id: advertiserId, task_id: taskId },
        data: TaskCheckSchema,
        idempotent: true,
      }),
    cancelReportTask: (advertiserId: string, taskId: string) =>
      t.request({
        method: 'POST',
        path: '/report/task/cancel/',
        params: { advertiser_id: advertiserId, task_id: taskId },
        data: z.unknown(),
        idempotent: true,
      }),
    /** The finished task's file as text. */
    async reportTaskFile(advertiserId: string, taskId: string, signal?: AbortSignal): Promise<string> {
      const { download_url } = await t.request({
        method: 'GET',
        path: '/report/task/download/',
        params: { advertiser_id: advertiserId, task_id: taskId },
        data: TaskDownloadSchema,
        idempotent: true,
      })
      const endpoint = '/report/task/download/'
      let url: URL
      try {
        url = new URL(download_url)
      } catch {
        throw new MalformedResponseError('TikTok sent a report download link that is not a URL.', { endpoint })
      }
      if (url.protocol !== 'https:' && url.origin !== apiOrigin)
        throw new MalformedResponseError(`TikTok sent a report download link Adwright will not follow (${url.protocol}//${url.host}).`, { endpoint })
      const timeout = AbortSignal.timeout(options.timeoutMs ?? FILE_TIMEOUT_MS)
      const res = await doFetch(url, { redirect: 'manual', signal: signal ? AbortSignal.any([signal, timeout]) : timeout })
      if (res.status !== 200)
        throw new TikTokApiError(`The report file could not be downloaded (HTTP ${res.status}).`, { endpoint, httpStatus: res.status })
      return res.text()
    },
  }
}
