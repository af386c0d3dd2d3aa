import { describe, expect, it } from 'vitest'
import type { AccountDelta, AccountSnapshot } from '#shared/domain/account'
import { ENTITY_KINDS, KINDS, isOptionalField } from '#shared/domain/entity-kinds'
import { z } from 'zod'
import { useAppServices } from '#test/helpers/app-services'

const startServices = useAppServices()
const DEMO = '7301000000000000001'
const services = () => startServices()

describe('clearing optional fields', () => {
  it('counts exactly the fields the entity schemas make optional as clearable', () => {
    for (const kind of KINDS)
      for (const [field, schema] of Object.entries(ENTITY_KINDS[kind].schema.shape))
        expect(isOptionalField(kind, field), `${kind}.${field}`).toBe(schema instanceof z.ZodOptional)
    expect(isOptionalField('adgroup', 'optimization_event')).toBe(true)
    expect(isOptionalField('campaign', 'campaign_name')).toBe(false)
    expect(isOptionalField('ad', 'no_such_field')).toBe(false)
  })

  it('null removes an optional field, durably and undoably', async () => {
    const s = services()
    const open = await s.dispatch('account:open', { advertiserId: DEMO })
    if (!open.ok) throw new Error(open.error.message)
    const group = (open.value as AccountSnapshot).adgroups.find((g) => g.optimization_event !== undefined)!
    const cleared = await s.dispatch('account:edit', {
      advertiserId: DEMO,
      edit: { type: 'update', patches: [{ kind: 'adgroup', id: group.adgroup_id, fields: { optimization_event: null } }] },
    })
    expect(cleared.ok).toBe(true)
    const after = (cleared as { value: AccountDelta }).value.upserted.adgroups[0]!
    expect('optimization_event' in after).toBe(false)
    expect((cleared as { value: AccountDelta }).value.pending.upserted.find((p) => p.id === group.adgroup_id)?.fields).toEqual(['optimization_event'])

    const undone = await s.dispatch('account:undo', { advertiserId: DEMO })
    expect((undone as { value: AccountDelta }).value.upserted.adgroups[0]!.optimization_event).toBe(group.optimization_event)
  })

  it('refuses null for a required field, naming it', async () => {
    const s = services()
    await s.dispatch('account:open', { advertiserId: DEMO })
    const r = await s.dispatch('account:edit', {
      advertiserId: DEMO,
      edit: { type: 'update', patches: [{ kind: 'adgroup', id: '1', fields: { adgroup_name: null } as never }] },
    })
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } })
    if (!r.ok) expect(r.error.issues?.some((i) => i.path.endsWith('adgroup_name'))).toBe(true)
  })
})
