import { describe, expect, it } from 'vitest'
import { countsPhrase, labelFor } from '#backend/accounts/store/edit-labels'
import { changedFields } from '#shared/domain/entity-equality'
import { pendingChangeFor } from '#backend/accounts/store/pending-changes'
import { adgroup, campaign } from '#test/helpers/account-fixtures'

describe('pending changes', () => {
  it('lists changed, added and removed fields, comparing arrays by value', () => {
    const base = adgroup('1', '9')
    const edited = { ...adgroup('1', '9', { location_ids: ['6252001', '2635167'], bid_price: 2 }), budget: undefined }
    expect(changedFields(edited, base)).toEqual(['bid_price', 'budget', 'location_ids'])
    expect(changedFields(adgroup('1', '9', { location_ids: ['6252001'] }), base)).toEqual([])
  })

  it('classifies created, edited, deleted and unchanged entities', () => {
    expect(pendingChangeFor('campaign', '1', campaign('1'), null)?.change).toBe('created')
    expect(pendingChangeFor('campaign', '1', null, campaign('1', { campaign_name: 'Old' }))).toEqual({
      kind: 'campaign',
      id: '1',
      name: 'Old',
      change: 'deleted',
      fields: [],
    })
    expect(pendingChangeFor('campaign', '1', campaign('1', { budget: 7 }), campaign('1'))?.fields).toEqual(['budget'])
    expect(pendingChangeFor('campaign', '1', campaign('1'), campaign('1'))).toBeNull()
    expect(pendingChangeFor('campaign', '1', null, null)).toBeNull()
  })
})

describe('undo labels', () => {
  const names = (_kind: string, id: string) => `Name ${id}`
  it.each([
    [
      {
        type: 'update' as const,
        patches: [
          { kind: 'adgroup' as const, id: '1', fields: { budget: 1 } },
          { kind: 'adgroup' as const, id: '2', fields: { budget: 1 } },
        ],
      },
      'Edit budget of 2 ad groups',
    ],
    [
      { type: 'update' as const, patches: [{ kind: 'campaign' as const, id: '1', fields: { campaign_name: 'x', budget: 1 } }] },
      'Edit campaign “Name 1”',
    ],
    [
      { type: 'update' as const, patches: [{ kind: 'ad' as const, id: '1', fields: { operation_status: 'DISABLE' as const } }] },
      'Edit status of ad “Name 1”',
    ],
    [
      {
        type: 'delete' as const,
        targets: [
          { kind: 'campaign' as const, id: '1' },
          { kind: 'ad' as const, id: '2' },
          { kind: 'ad' as const, id: '3' },
        ],
      },
      'Delete 1 campaign and 2 ads',
    ],
    [{ type: 'duplicate' as const, targets: [{ kind: 'adgroup' as const, id: '4' }] }, 'Duplicate ad group “Name 4”'],
    [
      {
        type: 'revert' as const,
        targets: [
          { kind: 'adgroup' as const, id: '4' },
          { kind: 'adgroup' as const, id: '5' },
        ],
      },
      'Revert 2 ad groups',
    ],
    [{ type: 'create' as const, campaigns: [campaign('local-1', { campaign_name: 'Spring' })] }, 'Create campaign “Spring”'],
  ])('labels %j as "%s"', (edit, label) => {
    expect(labelFor(edit, names)).toBe(label)
  })

  it('joins counts in reading order', () => {
    expect(countsPhrase({ ad: 12, campaign: 3, adgroup: 1 })).toBe('3 campaigns, 1 ad group and 12 ads')
  })
})
