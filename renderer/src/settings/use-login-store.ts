import { create } from 'zustand'
import type { LoginEvent } from '#shared/domain/advertiser'
import { call, messageOf, subscribe } from '../api/client'
import { useSessionStore } from '../app/use-session-store'

type TokenProfile = LoginEvent['profile']

/**
 * "Log in with TikTok for Business": where the flow stands, as main reports it.
 * The app secret and the token go one way, to main; nothing here ever holds them
 * after the call.
 */
interface LoginStore {
  phase: LoginEvent['phase'] | null
  /** What to tell the user (from main's events, or the last call's answer). */
  message: string | null
  /** The authorization page, shown as a link in case the browser did not open. */
  authUrl: string | null
  error: string | null
  busy: boolean
  saveApp(profile: TokenProfile, appId: string, secret: string): Promise<boolean>
  forgetApp(profile: TokenProfile): Promise<void>
  /** Adds a TikTok login, or reconnects `login`. */
  connect(profile: TokenProfile, login?: string): Promise<void>
  /** Disconnects one login, or every login of the profile. */
  disconnect(profile: TokenProfile, login?: string): Promise<void>
  refreshAdvertisers(): Promise<void>
}

export const useLoginStore = create<LoginStore>()((set) => {
  async function run<T>(work: () => Promise<T>): Promise<T | undefined> {
    set({ busy: true, error: null })
    try {
      return await work()
    } catch (e) {
      set({ error: messageOf(e) })
      return undefined
    } finally {
      set({ busy: false })
    }
  }
  return {
    phase: null,
    message: null,
    authUrl: null,
    error: null,
    busy: false,
    async saveApp(profile, appId, secret) {
      const status = await run(() => call('connection:save-app', { profile, ...(appId ? { appId } : {}), secret }))
      if (status) useSessionStore.setState({ status })
      return !!status
    },
    async forgetApp(profile) {
      const status = await run(() => call('connection:clear-app', { profile }))
      if (status) useSessionStore.setState({ status })
    },
    async connect(profile, login) {
      const started = await run(() => call('connection:login', { profile, ...(login ? { login } : {}) }))
      if (started) set({ authUrl: started.authUrl })
    },
    async disconnect(profile, login) {
      const out = await run(() => call('connection:disconnect', { profile, ...(login ? { login } : {}) }))
      if (out) {
        useSessionStore.setState({ status: out.status })
        set({ phase: null, authUrl: null, message: out.message })
      }
    },
    async refreshAdvertisers() {
      const list = await run(() => call('accounts:refresh'))
      if (list) useSessionStore.setState({ advertisers: list })
    },
  }
})

/** Followed at app level (App.tsx): a flow started from the reconnect banner ends while any page is open. */
export function followLoginEvents(): () => void {
  return subscribe('connection:login', (e) =>
    useLoginStore.setState({ phase: e.phase, message: e.message, ...(e.phase === 'waiting' ? {} : { authUrl: null }) }),
  )
}
