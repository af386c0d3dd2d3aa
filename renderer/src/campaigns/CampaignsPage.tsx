import { lazy, Suspense } from 'react'
import { LEVEL_OF } from '#shared/domain/entity-kinds'
import { parseRowKey } from './model/tree-rows'
import { NoticeBanner } from '../ui/NoticeBanner'
import { Toast } from '../app/Toast'
import { AccountTree } from './AccountTree'
import { BottomPanel } from './BottomPanel'
import { EditorPane } from './EditorPane'
import { EditorToolbar } from './EditorToolbar'
import { ImportDialog } from './ImportDialog'
import { TreeFilterBar } from './TreeFilterBar'
import { createCampaign } from './editor-commands'
import { useEditorShortcuts } from './use-editor-shortcuts'
import { useTreeRows } from './use-tree-rows'
import { useAccountStore } from './use-account-store'
import { useOpenAccount } from './use-open-account'
import { useSessionStore } from '../app/use-session-store'
import { useSettingsStore } from '../settings/use-settings-store'
import { useTreeStore } from './use-tree-store'
import './editor.css'

// The reach panel draws charts; recharts loads the first time an ad group is opened.
const AdGroupReach = lazy(() => import('./AdGroupReach').then((m) => ({ default: m.AdGroupReach })))

/** The advertiser to edit: the one chosen in the switcher, else the first listed. */
function useActiveAdvertiser() {
  const advertisers = useSessionStore((s) => s.advertisers)
  const activeId = useSettingsStore((s) => s.settings?.activeAdvertiserId)
  return advertisers.find((a) => a.advertiser_id === activeId) ?? advertisers[0]
}

export function CampaignsPage() {
  const advertiser = useActiveAdvertiser()
  const loading = useAccountStore((s) => s.loading)
  const error = useAccountStore((s) => s.error)
  const campaignCount = useAccountStore((s) => s.campaigns.size + s.smartPlusCampaigns.size)
  // The reach slot belongs to one ad group's editor, not to bulk editing.
  const activeLevel = useTreeStore((s) => (s.active && s.selection.selected.size <= 1 ? LEVEL_OF[parseRowKey(s.active).kind] : null))
  const rows = useTreeRows()
  useEditorShortcuts()

  const advertiserId = advertiser?.advertiser_id
  const currency = advertiser?.currency ?? 'USD'
  useOpenAccount(advertiserId, currency)

  return (
    <div className="editor-page">
      <header className="page-header">
        <h1>Campaigns</h1>
        <p className="muted">
          {advertiser?.advertiser_name ?? 'No advertiser'} {advertiser && `· ${advertiser.currency}`}
        </p>
        {loading && (
          <p className="progress-line" aria-live="polite">
            <span className="spinner" aria-hidden="true" /> Opening the account…
          </p>
        )}
        <Toast />
      </header>
      <EditorToolbar />
      {error && <NoticeBanner tone="error" message={error} onDismiss={() => useAccountStore.getState().clearError()} />}
      <div className={`editor-body${activeLevel === 'adgroup' ? ' with-slot' : ''}`}>
        <section className="tree-pane" aria-label="Account tree">
          <TreeFilterBar shown={rows.length} />
          {!loading && campaignCount === 0 ? (
            <div className="tree-empty">
              <p>No campaigns in this account yet.</p>
              <button type="button" className="primary" disabled={!advertiserId || !!error} onClick={() => void createCampaign()}>
                Create the first campaign
              </button>
              <p className="hint">Or import a CSV or plan file with Import…</p>
            </div>
          ) : rows.length === 0 && !loading ? (
            <div className="tree-empty">
              <p>Nothing matches the search and filters.</p>
              <button type="button" onClick={() => useTreeStore.getState().clearFilter()}>
                Clear filters
              </button>
            </div>
          ) : (
            <>
              {/* Column headings: the row's right-hand side is markets and budget, in the account's currency. */}
              <div className="tree-columns" aria-hidden="true">
                <span>Name</span>
                <span>Markets · budget ({currency})</span>
              </div>
              <AccountTree rows={rows} />
            </>
          )}
        </section>
        <EditorPane />
        {activeLevel === 'adgroup' && (
          <aside data-slot="reach-panel" className="reach-slot" aria-label="Reach">
            <Suspense fallback={<p className="hint">Estimating reach…</p>}>
              <AdGroupReach />
            </Suspense>
          </aside>
        )}
      </div>
      <BottomPanel />
      <ImportDialog />
    </div>
  )
}
