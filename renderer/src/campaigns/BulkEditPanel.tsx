import { useState } from 'react'
import { LEVEL_OF } from '#shared/domain/entity-kinds'
import { isReadOnly } from '#shared/domain/read-only'
import { countLabel } from './model/bulk-edit'
import { parseRowKey } from './model/tree-rows'
import { changeBudget, deleteSelected, duplicateSelected, entityOf, renameSelected, setStatus } from './editor-commands'
import { useTreeStore } from './use-tree-store'

/** "Make multiple changes" for the selected rows: status, budget, names, duplicate, delete. */
export function BulkEditPanel() {
  const selected = useTreeStore((s) => s.selection.selected)
  const kinds = [...selected].map((k) => parseRowKey(k).kind)
  const readOnly = [...selected].filter((k) => isReadOnly(parseRowKey(k).kind, entityOf(k))).length
  const [budgetMode, setBudgetMode] = useState<'set' | 'percent'>('set')
  const [amount, setAmount] = useState('')
  const [find, setFind] = useState('')
  const [replace, setReplace] = useState('')
  const [caseSensitive, setCaseSensitive] = useState(false)
  const hasBudgets = kinds.some((k) => LEVEL_OF[k] !== 'ad')
  const n = Number(amount)

  return (
    <section className="bulk" aria-labelledby="bulk-title">
      <h2 id="bulk-title">{countLabel(kinds)} selected</h2>
      {readOnly > 0 && (
        <p className="read-only-notice" role="note">
          {readOnly} of them {readOnly === 1 ? 'is' : 'are'} Smart+, read-only in Adwright: the changes below leave {readOnly === 1 ? 'it' : 'them'}{' '}
          as {readOnly === 1 ? 'it is' : 'they are'}.
        </p>
      )}

      <div className="bulk-block">
        <h3>Status</h3>
        <div className="button-row">
          <button type="button" onClick={() => void setStatus('ENABLE')}>
            Enable
          </button>
          <button type="button" onClick={() => void setStatus('DISABLE')}>
            Pause
          </button>
        </div>
      </div>

      {hasBudgets && (
        <form
          className="bulk-block"
          onSubmit={(e) => {
            e.preventDefault()
            if (amount.trim() === '' || !Number.isFinite(n)) return
            void changeBudget(budgetMode === 'set' ? { mode: 'set', amount: n } : { mode: 'percent', percent: n })
          }}
        >
          <h3>Budget</h3>
          <div className="inline-fields">
            <label className="field">
              <span>Change</span>
              <select value={budgetMode} onChange={(e) => setBudgetMode(e.currentTarget.value as 'set' | 'percent')}>
                <option value="set">Set to</option>
                <option value="percent">Raise or lower by %</option>
              </select>
            </label>
            <label className="field">
              <span>{budgetMode === 'set' ? 'New budget' : 'Percent (−20 lowers by a fifth)'}</span>
              <input type="number" step="0.01" value={amount} onChange={(e) => setAmount(e.currentTarget.value)} />
            </label>
            <button type="submit" disabled={amount.trim() === '' || !Number.isFinite(n)}>
              Apply budget
            </button>
          </div>
        </form>
      )}

      <form
        className="bulk-block"
        onSubmit={(e) => {
          e.preventDefault()
          if (find) void renameSelected(find, replace, caseSensitive)
        }}
      >
        <h3>Names</h3>
        <div className="inline-fields">
          <label className="field">
            <span>Find</span>
            <input type="text" value={find} onChange={(e) => setFind(e.currentTarget.value)} />
          </label>
          <label className="field">
            <span>Replace with</span>
            <input type="text" value={replace} onChange={(e) => setReplace(e.currentTarget.value)} />
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={caseSensitive} onChange={(e) => setCaseSensitive(e.currentTarget.checked)} />
            Match case
          </label>
          <button type="submit" disabled={!find}>
            Replace in names
          </button>
        </div>
      </form>

      <div className="bulk-block">
        <h3>Copies and removal</h3>
        <div className="button-row">
          <button type="button" onClick={() => void duplicateSelected()} disabled={!hasBudgets}>
            Duplicate with contents
          </button>
          <button type="button" className="danger" onClick={() => void deleteSelected()}>
            Delete {countLabel(kinds)}
          </button>
        </div>
      </div>
    </section>
  )
}
