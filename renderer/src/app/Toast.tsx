import { useEffect } from 'react'
import { undo } from '../campaigns/editor-commands'
import { useToastStore } from './use-toast-store'

/** Long enough to read a sentence and reach Undo; errors stay until dismissed. */
const VISIBLE_MS = 8000

export function Toast() {
  const { message, tone, undoable, serial, dismiss } = useToastStore()
  useEffect(() => {
    if (!message || tone === 'error') return
    const t = setTimeout(dismiss, VISIBLE_MS)
    return () => clearTimeout(t)
  }, [message, tone, serial, dismiss])
  return (
    // A live region rather than role=status: the status bar is the page's one status landmark.
    <div className="toast-region" aria-live={tone === 'error' ? 'assertive' : 'polite'}>
      {message && (
        <div className={`toast toast-${tone}`} data-testid="toast">
          <span>{message}</span>
          {undoable && (
            <button
              type="button"
              className="link"
              onClick={() => {
                dismiss()
                void undo()
              }}
            >
              Undo
            </button>
          )}
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={dismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  )
}
