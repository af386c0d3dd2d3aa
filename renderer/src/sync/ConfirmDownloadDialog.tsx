import { useEffect, useRef } from 'react'
import { downloadLossSentences } from '#shared/domain/download-losses'
import type { DownloadPreview } from '#shared/domain/sync'

/**
 * Asked before "Get recent changes" takes anything from the buyer: the local
 * entities TikTok no longer has and the local changes TikTok's version would
 * replace. Nothing is written until Continue; Cancel leaves the account as it is.
 */
export function ConfirmDownloadDialog(props: { preview: DownloadPreview; onContinue: () => void; onClose: () => void }) {
  const cancel = useRef<HTMLButtonElement>(null)
  // Cancel has the focus: Enter must not drop local work by accident.
  useEffect(() => cancel.current?.focus(), [])
  return (
    <div className="sync-dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && props.onClose()}>
      <div className="sync-dialog card" role="dialog" aria-modal="true" aria-labelledby="confirm-download-title">
        <h2 id="confirm-download-title">Download changes from TikTok?</h2>
        <div role="note">
          {downloadLossSentences(props.preview.losses).map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
        </div>
        <p className="muted">Nothing has changed yet. Cancel keeps your account as it is.</p>
        <div className="sync-actions">
          <button type="button" className="button button-primary" onClick={props.onContinue}>
            Continue
          </button>
          <button ref={cancel} type="button" className="button" onClick={props.onClose}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  )
}
