import { describe, expect, it } from 'vitest'
import type { AccountDelta, AccountSnapshot } from '../../../shared/domain/account'
import { OPTIONAL_FIELDS } from '../../../shared/domain/entities'
import { ENTITY_SCHEMAS } from '../../../shared/domain/entity-schemas'
import { z } from 'zod'
import { useAppServices } from '../../helpers/app-services'

const startServices = useAppServices()
const DEMO = '7301000000000000001'
const services = () => startServices()

describe('clearing optional fields', () => {
  it('lists exactly the fields the entity schemas make optional', () => {
    for (const kind of ['campaign', 'adgroup', 'ad'] as const) {
      const optional = Object.entries(ENTITY_SCHEMAS[kind].shape)
        .filter(([, f]) => f instanceof z.ZodOptional)
        .map(([k]) => k)
      expect([...OPTIONAL_FIELDS[kind]].sort(), kind).toEqual(optional.sort())
    }
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
    expect((cleared as { value: AccountDelta }).value.pending.find((p) => p.id === group.adgroup_id)?.fields).toEqual(['optimization_event'])

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
