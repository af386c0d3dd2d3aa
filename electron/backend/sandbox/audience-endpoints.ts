/**
 * The custom-audience and Pangle-package paths the sandbox serves, as TikTok documents
 * them ([SDK] yml_files/dmp_custom_audience_{file_upload,create,lookalike_create,rule_create,list,get}.yml,
 * pangle_audience_package_get.yml; notes tiktok-api-2026.md §4).
 */
import { readFile } from 'node:fs/promises'
import { apiTime } from './sandbox-state'
import {
  audienceData,
  audiencesOf,
  nextAudienceId,
  PANGLE_PACKAGES,
  SANDBOX_MATCH_RATE,
  SANDBOX_RULE_PEOPLE,
  type StoredAudience,
} from './audience-store'
import { ruleAudienceBody } from './audience-rule-spec'
import { CREATE_CALCULATE_TYPES, UPLOAD_CALCULATE_TYPES, audienceName, lookalikeSpec, retention } from './audience-rules'
import { ApiFailure, advertiserOf, missing, oneOf, pageSlice, paramError, requireFields, stringArray, type Handler } from './handler-kit'
import type { UploadHandler } from './file-routes'

/**
 * file_upload.yml: multipart with advertiser_id, file (.csv/.txt), file_signature (its MD5, checked by the
 * server) and calculate_type. The server streams the file to a temporary path (multipart.ts); it is read,
 * counted here; the server deletes it when it answers, as TikTok keeps only what it matched.
 */
const upload: UploadHandler = async (ctx, form) => {
  const params = ctx.params
  const advertiser_id = advertiserOf(ctx)
  requireFields(params, ['file_signature', 'calculate_type'])
  const calculate_type = oneOf(params, 'calculate_type', UPLOAD_CALCULATE_TYPES)!
  const file = form.files.find((f) => f.field === 'file')
  if (!file) throw missing('file')
  // file_upload.yml: "Only supports CSV and TXT files. The file suffixes should exactly be .csv or .txt."
  if (!/\.(csv|txt)$/.test(file.fileName)) throw paramError('file', 'The file suffix should be .csv or .txt.')
  if (String(params.file_signature).toLowerCase() !== file.md5) throw paramError('file_signature', 'The MD5 does not match the file.')
  const lines = (await readFile(file.path, 'utf8')).split(/\r?\n/).filter((l) => l.trim() !== '')
  const file_path = `sandbox/${advertiser_id}/${file.md5}.${file.fileName.endsWith('.txt') ? 'txt' : 'csv'}`
  audienceData(ctx.state).files[file_path] = { advertiser_id, file_path, calculate_type, rows: Math.max(0, lines.length - 1) }
  return { file_path }
}

const create: Handler = (ctx) => {
  const advertiser_id = advertiserOf(ctx)
  const name = audienceName(ctx.params)
  requireFields(ctx.params, ['calculate_type', 'file_paths'])
  const calculate_type = oneOf(ctx.params, 'calculate_type', CREATE_CALCULATE_TYPES)!
  const sub = oneOf(ctx.params, 'audience_sub_type', ['NORMAL', 'REACH_FREQUENCY'] as const) ?? 'NORMAL'
  const files = (stringArray(ctx.params, 'file_paths') ?? []).map((p) => {
    const f = audienceData(ctx.state).files[p]
    if (!f || f.advertiser_id !== advertiser_id) throw paramError('file_paths', `File ${p} was not uploaded for this advertiser.`)
    // create.yml: "calculate_type should be the same as all the files in the file_path".
    if (f.calculate_type !== calculate_type)
      throw paramError('calculate_type', `File ${p} was uploaded as ${f.calculate_type}, not ${calculate_type}.`)
    return f
  })
  const rows = files.reduce((n, f) => n + f.rows, 0)
  return {
    custom_audience_id: store(ctx, {
      advertiser_id,
      name,
      audience_type: 'CUSTOMER_FILE',
      audience_sub_type: sub,
      calculate_type,
      cover_num: Math.round(rows * SANDBOX_MATCH_RATE),
      file_paths: files.map((f) => f.file_path),
      retention_in_days: retention(ctx.params),
      lookalike_spec: null,
    }),
  }
}

const createLookalike: Handler = (ctx) => {
  const advertiser_id = advertiserOf(ctx)
  const name = audienceName(ctx.params)
  const own = (id: string) => audiencesOf(ctx.state, advertiser_id).find((a) => a.audience_id === id)
  const spec = lookalikeSpec(ctx.params, own)
  // TikTok publishes no lookalike sizes; the sandbox uses a fixed multiple of the source.
  const size = { NARROW: 10, BALANCED: 25, BROAD: 50 }[spec.audience_size as 'NARROW']
  const cover_num = own(String(spec.source_audience_id))!.cover_num * size
  return {
    custom_audience_id: store(ctx, {
      advertiser_id,
      name,
      audience_type: 'LOOKALIKE',
      audience_sub_type: 'NORMAL',
      calculate_type: null,
      cover_num,
      file_paths: [],
      retention_in_days: null,
      lookalike_spec: spec,
    }),
  }
}

/** rule_create.yml: name, audience_type and rule_spec required; retention_in_days 1–365; audience_sub_type NORMAL / REACH_FREQUENCY. */
const createByRule: Handler = (ctx) => {
  const advertiser_id = advertiserOf(ctx)
  const name = audienceName(ctx.params)
  const sub = oneOf(ctx.params, 'audience_sub_type', ['NORMAL', 'REACH_FREQUENCY'] as const) ?? 'NORMAL'
  const retention_in_days = retention(ctx.params)
  const body = ruleAudienceBody(ctx.params, {
    hasPixel: (id) => ctx.state.data.pixels.some((p) => p.pixel_id === id && p.advertiser_id === advertiser_id),
    hasAdgroup: (id) => ctx.state.get('adgroup', id)?.advertiser_id === advertiser_id,
  })
  return {
    custom_audience_id: store(ctx, {
      advertiser_id,
      name,
      audience_type: body.type as StoredAudience['audience_type'],
      audience_sub_type: sub,
      calculate_type: null,
      cover_num: SANDBOX_RULE_PEOPLE[body.type]! * body.inclusionRules,
      file_paths: [],
      retention_in_days,
      lookalike_spec: null,
      rule_spec: body.rule_spec,
    }),
  }
}

function store(
  ctx: Parameters<Handler>[0],
  a: Omit<StoredAudience, 'audience_id' | 'is_valid' | 'is_expiring' | 'expired_time' | 'create_time'>,
): string {
  const audience_id = nextAudienceId(ctx.state)
  const expired = a.retention_in_days ? apiTime(ctx.now() + a.retention_in_days * 86_400_000) : null
  audienceData(ctx.state).audiences[audience_id] = {
    ...a,
    audience_id,
    is_valid: a.cover_num > 0,
    is_expiring: false,
    expired_time: expired,
    create_time: apiTime(ctx.now()),
  }
  return audience_id
}

const summary = (a: StoredAudience) => ({
  audience_id: a.audience_id,
  name: a.name,
  audience_type: a.audience_type,
  cover_num: a.cover_num,
  is_valid: a.is_valid,
  is_expiring: a.is_expiring,
  expired_time: a.expired_time,
  create_time: a.create_time,
  lookalike_spec: a.lookalike_spec,
})

/** list.yml, get.yml: custom_audience_ids holds 1–100 ids. */
function idsParam(params: Record<string, unknown>, required: boolean): string[] | undefined {
  const ids = stringArray(params, 'custom_audience_ids')
  if (ids === undefined || ids.length === 0) {
    if (required) throw missing('custom_audience_ids')
    return undefined
  }
  if (ids.length > 100) throw paramError('custom_audience_ids', 'Length range is [1, 100].')
  return ids
}

const list: Handler = (ctx) => {
  const advertiser_id = advertiserOf(ctx)
  const ids = idsParam(ctx.params, false)
  const all = audiencesOf(ctx.state, advertiser_id).filter((a) => !ids || ids.includes(a.audience_id))
  // list.yml: page_size 1–100, default 10.
  return pageSlice(ctx.params, all.map(summary), 100, 10)
}

const get: Handler = (ctx) => {
  const advertiser_id = advertiserOf(ctx)
  const own = audiencesOf(ctx.state, advertiser_id)
  const list = idsParam(ctx.params, true)!.map((id) => {
    const a = own.find((x) => x.audience_id === id)
    if (!a) throw new ApiFailure(40002, `custom_audience_ids: Audience ${id} does not exist.`)
    // get.yml names the kind `type` inside audience_details.
    const { audience_type, ...rest } = summary(a)
    return {
      audience_details: {
        ...rest,
        type: audience_type,
        calculate_type: a.calculate_type,
        audience_sub_type: a.audience_sub_type,
        owner_id: a.advertiser_id,
      },
      audience_history: [],
    }
  })
  return { list }
}

const pangle: Handler = (ctx) => {
  advertiserOf(ctx)
  return { packages: PANGLE_PACKAGES.map((p) => ({ ...p })) }
}

const post = (handler: Handler) => ({ method: 'POST' as const, handler, write: true })
const read = (handler: Handler) => ({ method: 'GET' as const, handler, write: false })

/** The multipart upload, served like the creative uploads (server.ts: UPLOAD_ROUTES). */
export const AUDIENCE_UPLOAD_ROUTES: Record<string, UploadHandler> = { '/dmp/custom_audience/file/upload/': upload }

export const AUDIENCE_ROUTES = {
  '/dmp/custom_audience/create/': post(create),
  '/dmp/custom_audience/lookalike/create/': post(createLookalike),
  '/dmp/custom_audience/rule/create/': post(createByRule),
  '/dmp/custom_audience/list/': read(list),
  '/dmp/custom_audience/get/': read(get),
  '/pangle_audience_package/get/': read(pangle),
}
