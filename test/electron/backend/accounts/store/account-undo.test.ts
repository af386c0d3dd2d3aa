import { describe, expect, it } from 'vitest'
import { ServiceError } from '#backend/app/service-error'
import { adgroup, campaign } from '#test/helpers/account-fixtures'
import { openStore } from '#test/helpers/account-store'
import { useTempDirs } from '#test/helpers/temp-dir'

const tempDir = useTempDirs()
const budgetOf = (s: ReturnType<typeof openStore>, id: string) => s.snapshot().campaigns.find((c) => c.campaign_id === id)?.budget

describe('account store undo and redo', () => {
  it('undoes and redoes a bulk edit as one step, restoring pending changes', () => {
    const s = openStore(tempDir(), { downloaded: true })
    s.apply({ type: 'update', patches: ['1001', '1002', '2001', '2002'].map((id) => ({ kind: 'adgroup' as const, id, fields: { budget: 20 } })) })
    const undone = s.undo()
    expect(undone.upserted.adgroups.map((g) => g.budget)).toEqual([50, 50, 50, 50])
    expect(undone.pending.upserted).toEqual([])
    expect(undone.pending.removed.map((r) => r.id).sort()).toEqual(['1001', '1002', '2001', '2002'])
    expect(undone.undo).toEqual({ canUndo: false, canRedo: true, undoLabel: null, redoLabel: 'Edit budget of 4 ad groups' })
    const redone = s.redo()
    expect(redone.upserted.adgroups.map((g) => g.budget)).toEqual([20, 20, 20, 20])
    expect(redone.pending.upserted).toHaveLength(4)
    s.close()
  })

  it('undoing a create removes the entities; redoing brings them back with their ids', () => {
    const s = openStore(tempDir(), { downloaded: true })
    s.apply({ type: 'create', campaigns: [campaign('local-c')], adgroups: [adgroup('local-g', 'local-c')] })
    expect(s.undo().removed).toEqual([
      { kind: 'adgroup', id: 'local-g' },
      { kind: 'campaign', id: 'local-c' },
    ])
    expect(s.pendingCount()).toBe(0)
    expect(s.redo().createdIds).toEqual(['local-c', 'local-g'])
    expect(s.pendingCount()).toBe(2)
    s.close()
  })

  it('a new edit clears the redo stack', () => {
    const s = openStore(tempDir(), { downloaded: true })
    s.apply({ type: 'update', patches: [{ kind: 'campaign', id: '100', fields: { budget: 1 } }] })
    s.apply({ type: 'update', patches: [{ kind: 'campaign', id: '100', fields: { budget: 2 } }] })
    s.undo()
    expect(s.undoState().canRedo).toBe(true)
    s.apply({ type: 'update', patches: [{ kind: 'campaign', id: '100', fields: { budget: 3 } }] })
    expect(s.undoState()).toMatchObject({ canRedo: false, redoLabel: null })
    expect(() => s.redo()).toThrow(ServiceError)
    s.undo()
    expect(budgetOf(s, '100')).toBe(1)
    s.close()
  })

  it('keeps 250 steps across a restart, in order, and can undo all of them', () => {
    const dir = tempDir()
    let s = openStore(dir, { downloaded: true })
    for (let i = 1; i <= 250; i++) s.apply({ type: 'update', patches: [{ kind: 'campaign', id: '100', fields: { budget: 1000 + i } }] })
    s.undo()
    s.undo()
    s.close()

    s = openStore(dir)
    expect(budgetOf(s, '100')).toBe(1248)
    expect(s.undoState()).toEqual({
      canUndo: true,
      canRedo: true,
      undoLabel: 'Edit budget of campaign “Campaign 100”',
      redoLabel: 'Edit budget of campaign “Campaign 100”',
    })
    s.redo()
    expect(budgetOf(s, '100')).toBe(1249)
    let steps = 0
    while (s.undoState().canUndo) {
      s.undo()
      steps++
    }
    expect(steps).toBe(249)
    expect(budgetOf(s, '100')).toBe(100)
    expect(s.pendingCount()).toBe(0)
    s.close()
    s = openStore(dir)
    expect(s.undoState()).toMatchObject({ canUndo: false, canRedo: true })
    s.close()
  })

  it('drops the oldest steps beyond the limit', () => {
    const s = openStore(tempDir(), { downloaded: true, historyLimit: 3 })
    for (let i = 1; i <= 5; i++) s.apply({ type: 'update', patches: [{ kind: 'campaign', id: '100', fields: { budget: i } }] })
    let steps = 0
    while (s.undoState().canUndo) {
      s.undo()
      steps++
    }
    expect(steps).toBe(3)
    expect(budgetOf(s, '100')).toBe(2)
    s.close()
  })

  it('says so when there is nothing to undo or redo', () => {
    const s = openStore(tempDir())
    expect(() => s.undo()).toThrow('There is nothing to undo.')
    expect(() => s.redo()).toThrow('There is nothing to redo.')
    s.close()
  })
})
