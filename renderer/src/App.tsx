import { lazy, Suspense, useEffect } from 'react'
import { AccountSwitcher } from './app/AccountSwitcher'
import { NoticeBanner } from './ui/NoticeBanner'
import { Sidebar } from './app/Sidebar'
import { StatusBar } from './app/StatusBar'
import { UpdateBanner } from './app/UpdateBanner'
import { ReconnectBanner } from './app/ReconnectBanner'
import { followLoginEvents } from './settings/use-login-store'
import { CampaignsPage } from './campaigns/CampaignsPage'
import { SettingsPage } from './settings/SettingsPage'
import { useNavStore, type SectionId } from './app/use-nav-store'
import { useResolvedTheme } from './app/use-resolved-theme'
import { followAccountEvents } from './campaigns/use-account-store'
import { followCreativeEvents } from './creatives/use-creatives-store'
import { followTikTokMediaEvents } from './creatives/use-tiktok-media-store'
import { followStatusEvents, useSessionStore } from './app/use-session-store'
import { followSettingsEvents, useSettingsStore } from './settings/use-settings-store'
import { useGlobalShortcuts } from './app/use-global-shortcuts'
import { ShortcutsDialog } from './app/ShortcutsDialog'

// Charts (recharts) load with the pages that draw them, not with the first render.
const ReachPage = lazy(() => import('./reach/ReachPage').then((m) => ({ default: m.ReachPage })))
const ResultsPage = lazy(() => import('./results/ResultsPage').then((m) => ({ default: m.ResultsPage })))
const CreativesPage = lazy(() => import('./creatives/CreativesPage').then((m) => ({ default: m.CreativesPage })))
const SyncPage = lazy(() => import('./sync/SyncPage').then((m) => ({ default: m.SyncPage })))

const PAGES: Record<SectionId, React.ComponentType> = {
  campaigns: CampaignsPage,
  creatives: CreativesPage,
  reach: ReachPage,
  results: ResultsPage,
  sync: SyncPage,
  settings: SettingsPage,
}

export function App() {
  const theme = useSettingsStore((s) => s.settings?.theme)
  const notices = useSettingsStore((s) => s.notices)
  const settingsError = useSettingsStore((s) => s.error)
  const sessionError = useSessionStore((s) => s.error)
  const dismissNotice = useSettingsStore((s) => s.dismissNotice)
  const section = useNavStore((s) => s.section)
  useResolvedTheme(theme)
  useGlobalShortcuts()

  useEffect(() => {
    void useSettingsStore.getState().load()
    void useSessionStore.getState().load()
    const offSettings = followSettingsEvents()
    const offStatus = followStatusEvents()
    // At app level, not on the Campaigns page: a download or post on the Sync page must reach the tree too.
    const offAccount = followAccountEvents()
    const offLogin = followLoginEvents()
    const offCreatives = followCreativeEvents()
    const offTikTokMedia = followTikTokMediaEvents()
    return () => {
      offTikTokMedia()
      offLogin()
      offCreatives()
      offSettings()
      offStatus()
      offAccount()
    }
  }, [])

  const Page = PAGES[section]
  return (
    <div className="app">
      <header className="top-bar">
        <div className="brand">
          <span className="logo" aria-hidden="true">
            A
          </span>
          Adwright
        </div>
        <AccountSwitcher />
      </header>
      <Sidebar />
      <main className="content" id="main">
        <UpdateBanner />
        <ReconnectBanner />
        {notices.map((n, i) => (
          <NoticeBanner key={n} message={n} onDismiss={() => dismissNotice(i)} />
        ))}
        {(settingsError ?? sessionError) && <NoticeBanner tone="error" message={(settingsError ?? sessionError)!} />}
        <Suspense fallback={<p className="muted page-pad">Loading…</p>}>
          <Page />
        </Suspense>
      </main>
      <StatusBar />
      <ShortcutsDialog />
    </div>
  )
}
