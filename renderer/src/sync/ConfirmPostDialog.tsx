import { useEffect, useRef } from 'react'
import type { SpendSummary } from '#shared/domain/spend-summary'
import { spendSentence } from './labels'

/** "Post N changes to TikTok?" — shown when Settings asks to confirm before posting. */
export function ConfirmPostDialog(props: {
  count: number
  held: number
  account: string
  sandbox: boolean
  spend: SpendSummary | null
  startPaused: boolean
  onConfirm: () => void
  onClose: () => void
}) {
  const confirm = useRef<HTMLButtonElement>(null)
  useEffect(() => confirm.current?.focus(), [])
  return (
    <div className="sync-dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && props.onClose()}>
      <div className="sync-dialog card" role="dialog" aria-modal="true" aria-labelledby="confirm-title">
        <h2 id="confirm-title">Post {props.count === 1 ? '1 change' : `${props.count} changes`} to TikTok?</h2>
        <p>
          {props.sandbox ? (
            <>
              They go to <strong>{props.account}</strong> in the embedded sandbox; nothing reaches TikTok.
            </>
          ) : (
            <>
              They go live on <strong>{props.account}</strong> right away.
            </>
          )}
          {props.held > 0 && ` ${props.held} held back by errors or conflicts will not be sent.`}
        </p>
        {props.spend && (
          <p className="sync-spend" role="note">
            <strong>{spendSentence(props.startPaused ? props.spend.withNewCampaignsPaused : props.spend.asPlanned, props.spend.currency)}</strong>
            {props.spend.newEnabledCampaigns > 0 &&
              (props.startPaused
                ? ` ${props.spend.newEnabledCampaigns === 1 ? 'The new campaign starts' : `The ${props.spend.newEnabledCampaigns} new campaigns start`} paused: switch ${props.spend.newEnabledCampaigns === 1 ? 'it' : 'them'} on when you are ready.`
                : ' New campaigns start delivering as soon as TikTok approves their ads.')}
          </p>
        )}
        <div className="sync-actions">
          <button ref={confirm} type="button" className="button button-primary" onClick={props.onConfirm}>
            Post changes
          </button>
          <button type="button" className="button" onClick={props.onClose}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  )
}
