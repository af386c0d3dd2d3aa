/** The keys a plan gives its entries without ids (push's plan record), and the optional client_ref. */
import { describe, expect, it } from 'vitest'
import type { PlanEntryRef } from '#shared/domain/import-result'
import { parsePlan } from '#shared/domain/plan/index'

const ADV = '7301000000000000001'
const campaign = (name: string, extra: object = {}) => ({
  campaign_name: name,
  objective_type: 'TRAFFIC',
  budget_mode: 'BUDGET_MODE_DAY',
  budget: 100,
  operation_status: 'ENABLE',
  ...extra,
})

function keysOf(campaigns: unknown[]) {
  const seen: PlanEntryRef[] = []
  let n = 0
  const result = parsePlan(JSON.stringify({ advertiser_id: ADV, campaigns }), {
    advertiserId: ADV,
    newId: (entry) => {
      if (entry) seen.push(entry)
      return `local-k${++n}`
    },
  })
  return { result, keys: seen.map((e) => e.key), seen }
}

describe('plan entry keys', () => {
  it('key an entry by its name, the same whatever its other fields, and number repeated names', () => {
    const a = keysOf([campaign('Spring'), campaign('Spring'), campaign('Summer')])
    const b = keysOf([campaign('Spring', { budget: 500 }), campaign('Spring'), campaign('Summer')])
    expect(a.keys).toEqual(b.keys)
    expect(new Set(a.keys).size).toBe(3)
    expect(a.seen[0]).toMatchObject({ kind: 'campaign', path: 'campaigns[0]' })
  })

  it('key by client_ref when given, so a renamed entry keeps its key; the field is not an entity field', () => {
    const a = keysOf([campaign('Spring', { client_ref: 'c-1' })])
    const b = keysOf([campaign('Spring sale', { client_ref: 'c-1' })])
    expect(a.keys).toEqual(b.keys)
    expect(a.result.errors).toEqual([])
    expect(a.result.campaigns[0]).not.toHaveProperty('client_ref')
  })

  it('refuses a client_ref that is empty, not text, or used twice, naming the entry', () => {
    const { result } = keysOf([campaign('A', { client_ref: 'x' }), campaign('B', { client_ref: 'x' }), campaign('C', { client_ref: 7 })])
    expect(result.errors.map((e) => [e.row, e.field])).toEqual([
      ['campaigns[1].client_ref', 'client_ref'],
      ['campaigns[2].client_ref', 'client_ref'],
    ])
    expect(result.errors[0]!.message).toMatch(/client_ref “x” is used by another campaign/)
    expect(result.campaigns.map((c) => c.campaign_name)).toEqual(['A'])
  })
})
