/**
 * Runtime validation for every invoke channel's request, used by the back end
 * before a handler sees the payload. A channel with no payload accepts only
 * `undefined`, so a renderer cannot smuggle data through it.
 */
import { z } from 'zod'
import { ResultsRequestSchema } from '../results/results-request-schema'
import { SettingsPatchSchema } from '../settings/settings-schema'
import type { InvokeChannel } from './contract'
import type { FieldIssue } from './result'

const none = z.undefined({ error: 'This call takes no payload.' })

export const REQUEST_SCHEMAS = {
  'app:info': none,
  'settings:get': none,
  'settings:update': SettingsPatchSchema,
  'accounts:list': none,
  'status:get': none,
  'shell:open-external': z.object({ url: z.string().max(2048, 'That link is too long to open.') }).strict(),
  'app:restart-to-update': none,
  'results:get': ResultsRequestSchema,
  'results:refresh': ResultsRequestSchema,
} satisfies Record<InvokeChannel, z.ZodType>

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(payload)', message: i.message }))
}
