import { create } from 'zustand'
import type { Settings, SettingsPatch } from '#shared/settings/settings'
import { call, messageOf, subscribe } from '../api/client'

interface SettingsStore {
  settings: Settings | null
  /** Problems the back end found when opening settings (e.g. a corrupt file that was backed up). */
  notices: string[]
  error: string | null
  load(): Promise<void>
  update(patch: SettingsPatch): Promise<boolean>
  dismissNotice(index: number): void
}

export const useSettingsStore = create<SettingsStore>()((set, get) => ({
  settings: null,
  notices: [],
  error: null,
  async load() {
    try {
      const { settings, notices } = await call('settings:get')
      set({ settings, notices, error: null })
    } catch (error) {
      set({ error: messageOf(error) })
    }
  },
  async update(patch) {
    // Show the change at once (controlled inputs would otherwise snap back while
    // the back end saves), and roll back if it is refused.
    const before = get().settings
    if (before) set({ settings: { ...before, ...patch } })
    try {
      const settings = await call('settings:update', patch)
      set({ settings, error: null })
      return true
    } catch (error) {
      set({ settings: before, error: messageOf(error) })
      return false
    }
  },
  dismissNotice(index) {
    set((s) => ({ notices: s.notices.filter((_, i) => i !== index) }))
  },
}))

// Another window (or the back end itself) may change settings: follow it.
let unsubscribe: (() => void) | undefined
export function followSettingsEvents(): () => void {
  unsubscribe?.()
  unsubscribe = subscribe('settings:changed', (settings) => useSettingsStore.setState({ settings }))
  return unsubscribe
}
