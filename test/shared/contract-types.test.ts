import type { Entity, SmartPlusKind } from '#shared/domain/entity-kinds'
/**
 * Type-level checks, run by `npm run typecheck` (tsconfig.test.json): the
 * request types come from the zod schemas, and the domain types the back end
 * works with must agree with what those schemas accept. A schema that drifts
 * from its domain type, or a channel without a schema, stops this compiling.
 */
import { describe, expectTypeOf, it } from 'vitest'
import type { Edit, EntityPatch, ExportFormat } from '#shared/domain/account'
import type { EntityKind } from '#shared/domain/entities'
import type { SandboxFaultsChange } from '#shared/domain/sandbox-faults'
import type { InvokeArgs, InvokeChannel, InvokeRequest, InvokeRequestInput, InvokeResponse, InvokeResponses } from '#shared/ipc/contract'
import type { REQUEST_SCHEMAS } from '#shared/ipc/request-schemas'
import type { ResultsRequest } from '#shared/results/results-types'
import type { Settings, SettingsPatch } from '#shared/settings/settings'

type EditRequest = InvokeRequest<'account:edit'>['edit']

describe('IPC contract types', () => {
  it('has one channel per request schema, and a response for each', () => {
    expectTypeOf<InvokeChannel>().toEqualTypeOf<keyof typeof REQUEST_SCHEMAS>()
    expectTypeOf<keyof InvokeResponses>().toEqualTypeOf<InvokeChannel>()
  })

  it('calls channels without a payload with no argument', () => {
    expectTypeOf<InvokeArgs<'app:info'>>().toEqualTypeOf<[]>()
    expectTypeOf<InvokeArgs<'status:get'>>().toEqualTypeOf<[]>()
    expectTypeOf<InvokeArgs<'account:open'>>().toEqualTypeOf<[request: { advertiserId: string }]>()
  })

  it('takes requests as the renderer sends them and hands handlers the same shape', () => {
    expectTypeOf<InvokeRequestInput<'account:export'>>().toEqualTypeOf<InvokeRequest<'account:export'>>()
    expectTypeOf<InvokeRequest<'account:export'>>().toEqualTypeOf<{ advertiserId: string; format: ExportFormat }>()
    expectTypeOf<InvokeRequest<'account:baseline'>>().toEqualTypeOf<{ advertiserId: string; kind: EntityKind; id: string }>()
    expectTypeOf<InvokeRequest<'sync:resolve-conflict'>>().toEqualTypeOf<{
      advertiserId: string
      kind: EntityKind
      id: string
      keep: 'mine' | 'theirs'
    }>()
    expectTypeOf<InvokeRequest<'connection:save-token'>>().toEqualTypeOf<{
      profile: 'tiktok-sandbox' | 'production'
      token: string
    }>()
    expectTypeOf<InvokeRequest<'shell:open-external'>>().toEqualTypeOf<{ url: string }>()
  })

  it('agrees with the domain types the services take', () => {
    // The schema is stricter than Edit: each patch's fields belong to its kind.
    expectTypeOf<EditRequest>().toExtend<Edit>()
    expectTypeOf<Exclude<EditRequest, { type: 'update' }>>().toEqualTypeOf<Exclude<Edit, { type: 'update' }>>()
    expectTypeOf<Extract<EditRequest, { type: 'update' }>['patches'][number]>().toEqualTypeOf<
      EntityPatch<'campaign'> | EntityPatch<'adgroup'> | EntityPatch<'ad'> | EntityPatch<SmartPlusKind>
    >()
    expectTypeOf<InvokeRequest<'results:get'>>().toEqualTypeOf<ResultsRequest>()
    expectTypeOf<InvokeRequest<'settings:update'>>().toEqualTypeOf<SettingsPatch>()
    expectTypeOf<InvokeRequest<'sandbox:faults'>>().toEqualTypeOf<SandboxFaultsChange>()
  })

  it('answers with the domain types the renderer reads', () => {
    expectTypeOf<InvokeResponse<'settings:update'>>().toEqualTypeOf<Settings>()
    expectTypeOf<InvokeResponse<'account:baseline'>>().toEqualTypeOf<Entity | null>()
  })
})
