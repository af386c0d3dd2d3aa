import { create } from 'zustand'

export const SECTIONS = [
  { id: 'campaigns', label: 'Campaigns', shortcut: '1' },
  { id: 'reach', label: 'Audiences & Reach', shortcut: '2' },
  { id: 'results', label: 'Results', shortcut: '3' },
  { id: 'sync', label: 'Sync', shortcut: '4' },
  { id: 'settings', label: 'Settings', shortcut: ',' },
] as const

export type SectionId = (typeof SECTIONS)[number]['id']

interface NavStore {
  section: SectionId
  go(section: SectionId): void
}

export const useNavStore = create<NavStore>()((set) => ({
  section: 'campaigns',
  go: (section) => set({ section }),
}))
