/**
 * Asynchronous report tasks, the way past the synchronous report's ad cap (notes tiktok-api-2026.md §4 "Reports at
 * scale"; tiktok-api.md §4 "Async reports: POST /report/task/create/, GET /report/task/check/, POST
 * /report/task/cancel/, plus task download"):
 * - create takes the synchronous report's parameters plus output_format and enable_report_title_translation and
 *   answers `{task_id}` ([SDK] yml_files/report_task_create.yml: required report_type, dimensions; response_rule
 *   task_id);
 * - check answers `{status, message}`, status QUEUING | PROCESSING | SUCCESS | FAILED | CANCELED, message only on
 *   failure ([SDK] yml_files/report_task_check.yml response_rule status, message; [BUB] model/report/task_check.go);
 * - cancel stops a task that has not finished ([SDK] yml_files/report_task_cancel.yml);
 * - GET /report/task/download/ answers `{download_url, file_name, output_format}`, the URL valid for one hour
 *   ([BUB] model/report/task_download.go, api/report/task_download.go).
 * With enable_report_title_translation false the file's header names the fields (`ad_id`, `spend`) rather than
 * translating them ([BUB] model/report/task_create.go). The sandbox writes CSV_DOWNLOAD files only: where TikTok
 * delivers a CSV_STRING result (the default) is not in the notes, and XLSX is not modelled.
 */
import { randomBytes } from 'node:crypto'
import { csvLine } from '#shared/domain/csv/rfc4180'
import { advertiserOf, ApiFailure, isBlank, missing, oneOf, paramError, type Handler } from './handler-kit'
import { buildReport, reportModes } from './report-route'
import type { SandboxState } from './sandbox-state'

export const TASK_STATUSES = ['QUEUING', 'PROCESSING', 'SUCCESS', 'FAILED', 'CANCELED'] as const
type TaskStatus = (typeof TASK_STATUSES)[number]

interface ReportTask {
  advertiserId: string
  status: TaskStatus
  checks: number
  fileName: string
  csv: string
}

/** Where files are served: outside the API root, without the access token, like a signed download link. */
export const REPORT_FILE_PATH = '/sandbox-files/report/'
const LINK_VALID_MS = 3_600_000

interface TaskBook {
  tasks: Map<string, ReportTask>
  links: Map<string, { taskId: string; expires: number }>
  next: number
  origin: string
}
const books = new WeakMap<SandboxState, TaskBook>()
function bookOf(state: SandboxState): TaskBook {
  let b = books.get(state)
  if (!b) books.set(state, (b = { tasks: new Map(), links: new Map(), next: 0, origin: '' }))
  return b
}
/** The server's origin, known once it listens: download URLs are absolute. */
export const setReportFileOrigin = (state: SandboxState, origin: string) => void (bookOf(state).origin = origin)

/** File names TikTok refuses ([BUB] model/report/task_create.go: at most 255 characters, none of / \t \b @ # $ % ^ & * ( ) [ ]). */
const BAD_FILE_NAME = /[/\t\b@#$%^&*()[\]]/

function taskOf(ctx: Parameters<Handler>[0]): ReportTask & { id: string } {
  const advertiserId = advertiserOf(ctx)
  const id = ctx.params.task_id
  if (isBlank(id)) throw missing('task_id')
  const task = bookOf(ctx.state).tasks.get(String(id))
  // A task of another advertiser is as unknown as one that never existed.
  if (!task || task.advertiserId !== advertiserId) throw paramError('task_id', `No report task ${String(id)} for this advertiser.`)
  return { ...task, id: String(id) }
}

const reportTaskCreate: Handler = (ctx) => {
  const advertiserId = advertiserOf(ctx)
  if (isBlank(ctx.params.report_type)) throw missing('report_type')
  const format = oneOf(ctx.params, 'output_format', ['CSV_STRING', 'CSV_DOWNLOAD', 'XLSX_DOWNLOAD']) ?? 'CSV_STRING'
  if (format !== 'CSV_DOWNLOAD') throw paramError('output_format', 'The sandbox writes CSV_DOWNLOAD files only.')
  const fileName = ctx.params.file_name === undefined ? '' : String(ctx.params.file_name)
  if (fileName.length > 255 || BAD_FILE_NAME.test(fileName)) throw paramError('file_name', 'At most 255 characters, none of / @ # $ % ^ & * ( ) [ ].')
  // Validated and built now, so a bad request fails at create, as the synchronous one would.
  const table = buildReport(ctx, false)
  const translate = ctx.params.enable_report_title_translation !== false && ctx.params.enable_report_title_translation !== 'false'
  // Translated titles are TikTok's display names, which the notes do not list: the sandbox capitalises the field name.
  const title = (field: string) => (translate ? field.replace(/_/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()) : field)
  const lines = [csvLine([...table.dimensions, ...table.metrics].map(title))]
  for (const r of table.rows) lines.push(csvLine([...table.dimensions.map((d) => r.dimensions[d]), ...table.metrics.map((m) => r.metrics[m])]))
  const book = bookOf(ctx.state)
  // 19 digits like TikTok's other ids.
  const id = String(7_400_000_000_000_000_000n + BigInt(++book.next))
  book.tasks.set(id, { advertiserId, status: 'QUEUING', checks: 0, fileName: fileName.trim() || `report_${id}`, csv: `${lines.join('\r\n')}\r\n` })
  return { task_id: id }
}

const reportTaskCheck: Handler = (ctx) => {
  const task = taskOf(ctx)
  const stored = bookOf(ctx.state).tasks.get(task.id)!
  if (stored.status === 'QUEUING' || stored.status === 'PROCESSING') {
    stored.checks += 1
    const finishAt = reportModes(ctx.state).taskChecksToFinish
    stored.status = stored.checks >= finishAt ? 'SUCCESS' : stored.checks === 1 && finishAt > 2 ? 'QUEUING' : 'PROCESSING'
  }
  return { status: stored.status }
}

const reportTaskCancel: Handler = (ctx) => {
  const task = taskOf(ctx)
  const stored = bookOf(ctx.state).tasks.get(task.id)!
  // What cancelling a finished task answers is not documented: the sandbox refuses it, so a client cannot assume it worked.
  if (stored.status === 'SUCCESS' || stored.status === 'FAILED')
    throw new ApiFailure(40002, `task_id: The task has already ${stored.status === 'SUCCESS' ? 'finished' : 'failed'}.`)
  stored.status = 'CANCELED'
  return {}
}

const reportTaskDownload: Handler = (ctx) => {
  const task = taskOf(ctx)
  if (task.status !== 'SUCCESS') throw paramError('task_id', `The task is ${task.status}; download it once check answers SUCCESS.`)
  const book = bookOf(ctx.state)
  const link = randomBytes(12).toString('hex')
  book.links.set(link, { taskId: task.id, expires: ctx.now() + LINK_VALID_MS })
  return { download_url: `${book.origin}${REPORT_FILE_PATH}${link}.csv`, file_name: `${task.fileName}.csv`, output_format: 'CSV_DOWNLOAD' }
}

/** The file behind a download link, or null when the link is unknown or more than an hour old. */
export function reportFile(state: SandboxState, path: string, now: number): string | null {
  const book = bookOf(state)
  const link = path.slice(REPORT_FILE_PATH.length).replace(/\.csv$/, '')
  const found = book.links.get(link)
  if (!found || found.expires < now) return null
  return book.tasks.get(found.taskId)?.csv ?? null
}

export const REPORT_TASK_ROUTES = {
  '/report/task/create/': { method: 'POST', handler: reportTaskCreate, write: false },
  '/report/task/check/': { method: 'GET', handler: reportTaskCheck, write: false },
  '/report/task/cancel/': { method: 'POST', handler: reportTaskCancel, write: false },
  '/report/task/download/': { method: 'GET', handler: reportTaskDownload, write: false },
} as const
