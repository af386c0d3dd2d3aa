import { create } from 'zustand'

export const SECTIONS = [
  { id: 'campaigns', label: 'Campaigns', shortcut: '1' },
  // Second in the list, beside the ads that use it; its shortcut is the next free one, so the others keep theirs.
  { id: 'creatives', label: 'Creatives', shortcut: '5' },
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
