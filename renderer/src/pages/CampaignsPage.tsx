import { lazy, Suspense, useEffect } from 'react'
import { EMPTY_SELECTION } from '../../../shared/editor/selection'
import { parseRowKey } from '../../../shared/editor/tree-rows'
import { NoticeBanner } from '../components/NoticeBanner'
import { Toast } from '../components/Toast'
import { AccountTree } from '../components/editor/AccountTree'
import { BottomPanel } from '../components/editor/BottomPanel'
import { EditorPane } from '../components/editor/EditorPane'
import { EditorToolbar } from '../components/editor/EditorToolbar'
import { ImportDialog } from '../components/editor/ImportDialog'
import { TreeFilterBar } from '../components/editor/TreeFilterBar'
import { createCampaign } from '../editor/editor-commands'
import { useEditorShortcuts } from '../editor/use-editor-shortcuts'
import { useTreeRows } from '../editor/use-tree-rows'
import { useAccountStore } from '../stores/use-account-store'
import { useSessionStore } from '../stores/use-session-store'
import { useSettingsStore } from '../stores/use-settings-store'
import { useTreeStore } from '../stores/use-tree-store'
import '../styles/editor.css'

// The reach panel draws charts; recharts loads the first time an ad group is opened.
const AdGroupReach = lazy(() => import('../components/editor/AdGroupReach').then((m) => ({ default: m.AdGroupReach })))

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
  const campaignCount = useAccountStore((s) => s.campaigns.size)
  // The reach slot belongs to one ad group's editor, not to bulk editing.
  const activeKind = useTreeStore((s) => (s.active && s.selection.selected.size <= 1 ? parseRowKey(s.active).kind : null))
  const rows = useTreeRows()
  useEditorShortcuts()

  const advertiserId = advertiser?.advertiser_id
  const currency = advertiser?.currency ?? 'USD'
  useEffect(() => {
    if (advertiserId && useAccountStore.getState().advertiserId !== advertiserId) {
      // Another advertiser's rows mean nothing here: start its tree closed and unselected.
      useTreeStore.setState({ expanded: new Set(), selection: EMPTY_SELECTION, active: null, clipboard: [], focus: null })
      void useAccountStore.getState().open(advertiserId, currency)
    }
  }, [advertiserId, currency])

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
      <div className={`editor-body${activeKind === 'adgroup' ? ' with-slot' : ''}`}>
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
            <AccountTree rows={rows} />
          )}
        </section>
        <EditorPane />
        {activeKind === 'adgroup' && (
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
