import { describe, expect, it } from 'vitest'
import { clickSelect, EMPTY_SELECTION, pruneSelection, treeKeyMove } from '#renderer/campaigns/model/selection'
import { EMPTY_FILTER, flattenTree, indexAccount } from '#renderer/campaigns/model/tree-rows'
import { smallAccount } from './fixtures'

const order = ['a', 'b', 'c', 'd', 'e']
const sorted = (s: ReadonlySet<string>) => [...s].sort()

describe('selection', () => {
  it('selects one row on a plain click', () => {
    const s = clickSelect({ selected: new Set(['a', 'b']), anchor: 'a' }, order, 'c', { range: false, toggle: false })
    expect(sorted(s.selected)).toEqual(['c'])
    expect(s.anchor).toBe('c')
  })

  it('toggles with Ctrl/⌘ and moves the anchor', () => {
    let s = clickSelect(EMPTY_SELECTION, order, 'b', { range: false, toggle: false })
    s = clickSelect(s, order, 'd', { range: false, toggle: true })
    expect(sorted(s.selected)).toEqual(['b', 'd'])
    s = clickSelect(s, order, 'b', { range: false, toggle: true })
    expect(sorted(s.selected)).toEqual(['d'])
    expect(s.anchor).toBe('b')
  })

  it('selects a range from the anchor with Shift, in either direction, keeping the anchor', () => {
    let s = clickSelect(EMPTY_SELECTION, order, 'd', { range: false, toggle: false })
    s = clickSelect(s, order, 'b', { range: true, toggle: false })
    expect(sorted(s.selected)).toEqual(['b', 'c', 'd'])
    s = clickSelect(s, order, 'e', { range: true, toggle: false })
    expect(sorted(s.selected)).toEqual(['d', 'e'])
    expect(s.anchor).toBe('d')
  })

  it('adds a range to the selection with Ctrl/⌘+Shift', () => {
    let s = clickSelect(EMPTY_SELECTION, order, 'a', { range: false, toggle: false })
    s = clickSelect(s, order, 'd', { range: false, toggle: true })
    s = clickSelect(s, order, 'e', { range: true, toggle: true })
    expect(sorted(s.selected)).toEqual(['a', 'd', 'e'])
  })

  it('treats Shift+click with no anchor as a plain click', () => {
    const s = clickSelect(EMPTY_SELECTION, order, 'c', { range: true, toggle: false })
    expect(sorted(s.selected)).toEqual(['c'])
  })

  it('drops rows that no longer exist', () => {
    const s = pruneSelection({ selected: new Set(['a', 'b']), anchor: 'b' }, (k) => k === 'a')
    expect(sorted(s.selected)).toEqual(['a'])
    expect(s.anchor).toBeNull()
    const same = { selected: new Set(['a']), anchor: 'a' }
    expect(pruneSelection(same, () => true)).toBe(same)
  })
})

describe('tree keyboard moves', () => {
  const a = smallAccount()
  const rows = flattenTree(indexAccount(a.campaigns, a.adgroups, a.ads), new Set(['campaign:11']), EMPTY_FILTER, {
    change: () => undefined,
    errors: () => 0,
  })
  // campaign:11, adgroup:21, adgroup:22, campaign:12

  it('moves up and down, clamped, and jumps with Home/End', () => {
    expect(treeKeyMove(rows, 'campaign:11', 'ArrowDown')).toEqual({ type: 'focus', key: 'adgroup:21' })
    expect(treeKeyMove(rows, 'campaign:12', 'ArrowDown')).toEqual({ type: 'focus', key: 'campaign:12' })
    expect(treeKeyMove(rows, 'campaign:11', 'ArrowUp')).toEqual({ type: 'focus', key: 'campaign:11' })
    expect(treeKeyMove(rows, null, 'ArrowDown')).toEqual({ type: 'focus', key: 'campaign:11' })
    expect(treeKeyMove(rows, 'adgroup:21', 'End')).toEqual({ type: 'focus', key: 'campaign:12' })
    expect(treeKeyMove(rows, 'adgroup:21', 'Home')).toEqual({ type: 'focus', key: 'campaign:11' })
  })

  it('opens, steps in, closes and steps out with Right and Left', () => {
    expect(treeKeyMove(rows, 'campaign:12', 'ArrowRight')).toEqual({ type: 'expand', key: 'campaign:12' })
    expect(treeKeyMove(rows, 'campaign:11', 'ArrowRight')).toEqual({ type: 'focus', key: 'adgroup:21' })
    expect(treeKeyMove(rows, 'campaign:11', 'ArrowLeft')).toEqual({ type: 'collapse', key: 'campaign:11' })
    expect(treeKeyMove(rows, 'adgroup:22', 'ArrowLeft')).toEqual({ type: 'focus', key: 'campaign:11' })
    expect(treeKeyMove(rows, 'adgroup:22', 'ArrowRight')).toBeNull() // no ads
    expect(treeKeyMove(rows, 'campaign:12', 'ArrowLeft')).toBeNull()
    expect(treeKeyMove([], null, 'ArrowDown')).toBeNull()
  })
})
