import { useEffect, useState } from 'react'
import { EmptyState } from '../ui/EmptyState'
import { Icon } from '../ui/Icon'
import { NoticeBanner } from '../ui/NoticeBanner'
import { useSessionStore } from '../app/use-session-store'
import { useSettingsStore } from '../settings/use-settings-store'
import { followSyncEvents, useSyncStore } from './use-sync-store'
import { ChangeList } from './ChangeList'
import { ConfirmDownloadDialog } from './ConfirmDownloadDialog'
import { ConfirmPostDialog } from './ConfirmPostDialog'
import { ConflictList } from './ConflictList'
import { PostResultList } from './PostResultList'
import { SandboxFaultsPanel } from './SandboxFaultsPanel'
import { PHASE_LABEL, plural, spendSentence, when } from './labels'
import './sync.css'

function PostProgress() {
  const progress = useSyncStore((s) => s.progress)
  const cancelling = useSyncStore((s) => s.cancelling)
  const cancel = useSyncStore((s) => s.cancel)
  const total = progress?.total ?? 0
  const done = progress?.done ?? 0
  return (
    <section className="card sync-progress" aria-live="polite">
      <div className="sync-progress-head">
        <strong>{progress ? PHASE_LABEL[progress.phase] : 'Preparing'}…</strong>
        <span>
          {done} of {total} changes{progress?.failed ? ` · ${progress.failed} failed` : ''}
        </span>
        <button type="button" className="button" disabled={cancelling} onClick={() => void cancel()}>
          {cancelling ? 'Stopping after the current request…' : 'Cancel'}
        </button>
      </div>
      <progress max={Math.max(total, 1)} value={done} aria-label="Posting progress" />
    </section>
  )
}

export function SyncPage() {
  const status = useSessionStore((s) => s.status)
  const advertisers = useSessionStore((s) => s.advertisers)
  const settings = useSettingsStore((s) => s.settings)
  const advertiser = advertisers.find((a) => a.advertiser_id === settings?.activeAdvertiserId) ?? advertisers[0]
  const sync = useSyncStore()
  const [confirming, setConfirming] = useState(false)

  useEffect(() => followSyncEvents(), [])
  const advertiserId = advertiser?.advertiser_id
  useEffect(() => {
    if (advertiserId) void useSyncStore.getState().load(advertiserId)
  }, [advertiserId])

  if (!advertiser)
    return (
      <div className="page">
        <header className="page-header">
          <h1>Sync</h1>
        </header>
        <EmptyState icon="sync" title="No advertiser selected">
          Choose an advertiser in the switcher at the top, or connect a TikTok account in Settings.
        </EmptyState>
      </div>
    )

  const pending = status?.pendingChanges ?? 0
  const check = sync.check
  const ready = check ? check.changes.filter((c) => !c.blockedBy).length : pending
  const startPost = async () => {
    if (!settings?.confirmBeforePost) return void sync.post()
    if (!check) await sync.runCheck()
    setConfirming(true)
  }
  const state = sync.state
  const nothingYet = !check && !state?.lastPost && !state?.conflicts.length && pending === 0

  return (
    <div className="page">
      <header className="page-header">
        <h1>Sync</h1>
        <p className="muted">
          {advertiser.advertiser_name} · {status?.connection.detail ?? 'Checking the connection…'}
        </p>
      </header>
      <p className="sync-times muted">
        Last download: {when(state?.lastDownloadedAt)} · Last post: {when(state?.lastPost?.finishedAt)} ·{' '}
        <strong className="sync-pending">{pending ? `${plural(pending, 'local change')} not posted` : 'No local changes waiting'}</strong>
      </p>
      <div className="sync-actions" role="toolbar" aria-label="Sync actions">
        <button type="button" className="button" disabled={!!sync.busy} onClick={() => void sync.getRecentChanges()}>
          <Icon name="download" size={16} /> {sync.busy === 'download' ? 'Getting recent changes…' : 'Get recent changes'}
        </button>
        <button type="button" className="button" disabled={!!sync.busy} onClick={() => void sync.runCheck()}>
          {sync.busy === 'check' ? 'Checking…' : 'Check changes'}
        </button>
        <button type="button" className="button button-primary" disabled={!!sync.busy || pending === 0} onClick={() => void startPost()}>
          <Icon name="sync" size={16} /> Post changes
        </button>
        <label className="checkbox sync-start-paused">
          <input type="checkbox" checked={sync.startPaused} onChange={(e) => sync.setStartPaused(e.currentTarget.checked)} />
          Start new campaigns paused
        </label>
      </div>
      {check && !sync.busy && (
        <p className="hint sync-spend-line">
          {spendSentence(sync.startPaused ? check.spend.withNewCampaignsPaused : check.spend.asPlanned, check.spend.currency)}
        </p>
      )}
      {sync.error && <NoticeBanner tone="error" message={`${sync.error} Nothing was lost: your changes are still here; try again.`} />}
      {state && state.unfinished > 0 && !sync.busy && (
        <NoticeBanner message="A previous post stopped before it finished. Post changes completes it first, without creating anything twice." />
      )}
      {sync.busy === 'post' && <PostProgress />}
      {sync.download && !sync.busy && (
        <p className="hint">
          Downloaded {plural(sync.download.campaigns, 'campaign')}, {plural(sync.download.adgroups, 'ad group')} and {plural(sync.download.ads, 'ad')}
          {sync.download.conflicts ? `; ${plural(sync.download.conflicts, 'conflict')} to resolve below.` : '; your local edits were kept.'}
        </p>
      )}
      {state && state.conflicts.length > 0 && <ConflictList conflicts={state.conflicts} />}
      {state?.lastPost && sync.busy !== 'post' && <PostResultList result={state.lastPost} />}
      {check && <ChangeList check={check} lastPost={state?.lastPost ?? null} posting={sync.busy === 'post'} />}
      {nothingYet && (
        <EmptyState
          icon="sync"
          title="Nothing to post"
          steps={[
            'Get recent changes: download the account from TikTok, keeping your local edits.',
            'Edit campaigns, ad groups and ads offline in Campaigns.',
            'Check changes, then Post changes: they are sent in order, and each failure is shown on its item.',
          ]}
        >
          You have no local changes waiting to be posted.
        </EmptyState>
      )}
      {settings?.connectionProfile === 'embedded-sandbox' && <SandboxFaultsPanel />}
      {sync.downloadPreview && (
        <ConfirmDownloadDialog
          preview={sync.downloadPreview}
          onClose={sync.dismissDownloadPreview}
          onContinue={() => void sync.getRecentChanges(sync.downloadPreview?.confirmation)}
        />
      )}
      {confirming && (
        <ConfirmPostDialog
          count={ready}
          held={check ? check.changes.length - ready : 0}
          account={advertiser.advertiser_name}
          sandbox={settings?.connectionProfile === 'embedded-sandbox'}
          spend={sync.check?.spend ?? null}
          startPaused={sync.startPaused}
          onClose={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false)
            void sync.post()
          }}
        />
      )}
    </div>
  )
}
