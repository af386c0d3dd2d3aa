import { create } from 'zustand'
import type { ReachInput } from '#shared/reach/estimate'
import { playgroundStart } from '#shared/reach/playground-targeting'

/** The ad group the playground's targeting was loaded from, in the account it belongs to. */
export interface PlaygroundSource {
  advertiserId: string
  kind: 'adgroup' | 'smart_plus_adgroup'
  id: string
}

/**
 * The reach playground, kept for the app session: leaving the Reach page and coming back finds the targeting, the
 * view and the loaded ad group as they were. Not saved to disk: it is a scratch pad, the ad groups hold the real thing.
 */
interface PlaygroundStore {
  targeting: ReachInput
  source: PlaygroundSource | null
  view: 'reach' | 'audiences'
  set(patch: Partial<ReachInput>): void
  load(source: PlaygroundSource, targeting: ReachInput): void
  /** Back to the starting targeting, with nothing loaded. */
  startOver(): void
  setView(view: PlaygroundStore['view']): void
}

export const usePlaygroundStore = create<PlaygroundStore>()((set) => ({
  targeting: playgroundStart(),
  source: null,
  view: 'reach',
  set: (patch) => set((s) => ({ targeting: { ...s.targeting, ...patch } })),
  load: (source, targeting) => set({ source, targeting }),
  startOver: () => set({ targeting: playgroundStart(), source: null }),
  setView: (view) => set({ view }),
}))
