import { useEffect, useRef } from 'react'
import { useImportStore } from './use-import-store'
import { useToastStore } from '../app/use-toast-store'

const SHOWN_ERRORS = 200

/** The preview of an import: counts, row-level errors, and the buyer's choice. */
export function ImportDialog() {
  const phase = useImportStore((s) => s.phase)
  const fileName = useImportStore((s) => s.fileName)
  const preview = useImportStore((s) => s.preview)
  const error = useImportStore((s) => s.error)
  const dialog = useRef<HTMLDialogElement>(null)
  const open = phase !== 'idle'

  useEffect(() => {
    const d = dialog.current
    if (!d) return
    if (open && !d.open) d.showModal()
    if (!open && d.open) d.close()
  }, [open])

  const apply = async (validOnly: boolean) => {
    const message = await useImportStore.getState().apply(validOnly)
    if (message) useToastStore.getState().show(message, { undoable: true })
  }
  const errors = preview?.errors ?? []

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="import-title" onClose={() => useImportStore.getState().cancel()}>
      <h2 id="import-title">Import {fileName}</h2>
      {phase === 'checking' && (
        <p className="progress-line" role="status">
          <span className="spinner" aria-hidden="true" /> Checking the file…
        </p>
      )}
      {error && (
        <p className="field-msg error" role="alert">
          {error}
        </p>
      )}
      {preview && (
        <>
          <p>
            {preview.totalRows.toLocaleString()} row{preview.totalRows === 1 ? '' : 's'}: {preview.campaigns} campaigns, {preview.adgroups} ad groups,{' '}
            {preview.ads} ads. <strong>{preview.validRows.toLocaleString()} valid</strong>
            {errors.length > 0 && `, ${errors.length.toLocaleString()} error${errors.length === 1 ? '' : 's'}`}.
          </p>
          {errors.length > 0 && (
            <div className="import-errors">
              <table>
                <caption className="visually-hidden">Errors by row</caption>
                <thead>
                  <tr>
                    <th scope="col">Row</th>
                    <th scope="col">Field</th>
                    <th scope="col">Problem</th>
                  </tr>
                </thead>
                <tbody>
                  {errors.slice(0, SHOWN_ERRORS).map((e, i) => (
                    <tr key={i}>
                      <td>{e.row}</td>
                      <td>{e.field || '—'}</td>
                      <td>{e.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {errors.length > SHOWN_ERRORS && <p className="hint">And {errors.length - SHOWN_ERRORS} more.</p>}
            </div>
          )}
          <p className="hint">Nothing is changed until you apply. Applying is one step you can undo.</p>
        </>
      )}
      {phase === 'applying' && (
        <p className="progress-line" role="status">
          <span className="spinner" aria-hidden="true" /> Importing…
        </p>
      )}
      <div className="button-row dialog-buttons">
        {preview && errors.length === 0 && (
          <button type="button" className="primary" disabled={phase === 'applying'} onClick={() => void apply(false)}>
            Apply {preview.totalRows.toLocaleString()} rows
          </button>
        )}
        {preview && errors.length > 0 && preview.validRows > 0 && (
          <button type="button" disabled={phase === 'applying'} onClick={() => void apply(true)}>
            Apply the {preview.validRows.toLocaleString()} valid rows
          </button>
        )}
        <button type="button" onClick={() => useImportStore.getState().cancel()}>
          Cancel
        </button>
      </div>
    </dialog>
  )
}
