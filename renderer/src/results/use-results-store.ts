import { create } from 'zustand'
import type { Bucket, ResultsView } from '#shared/results/aggregate'
import { covers, lastDays, previousPeriod, type DateRange } from '#shared/results/date-range'
import type { ResultLevel } from '#shared/results/report-rows'
import type { ResultsProgress, ResultsSnapshot } from '#shared/results/results-types'
import { ApiError, call, messageOf, subscribe } from '../api/client'
import { aggregateInWorker } from './aggregate-client'

export type RangePreset = 7 | 14 | 30 | 'custom'
export type ResultsTab = 'time' | 'funnel' | 'market' | 'placement' | 'age' | 'gender' | 'platform' | 'entity'

/** The Results page: what is shown (advertiser, level, range) and what the back end and the worker answered. */
interface ResultsStore {
  advertiserId: string | null
  level: ResultLevel
  preset: RangePreset
  range: DateRange
  compare: boolean
  bucket: Bucket
  tab: ResultsTab
  snapshot: ResultsSnapshot | null
  view: ResultsView | null
  loading: boolean
  refreshing: boolean
  progress: ResultsProgress | null
  /** The last refresh failed; saved results stay on screen. `offline` unless TikTok refused the account. */
  refreshError: { message: string; offline: boolean } | null
  /** The buyer cancelled the last refresh (the saved results are unchanged). */
  cancelled: boolean
  error: string | null
  open(advertiserId: string, today: string): Promise<void>
  setPreset(preset: Exclude<RangePreset, 'custom'>, today: string): Promise<void>
  setCustomRange(range: DateRange): Promise<void>
  setLevel(level: ResultLevel): Promise<void>
  setCompare(compare: boolean): Promise<void>
  setBucket(bucket: Bucket): Promise<void>
  setTab(tab: ResultsTab): void
  refresh(): Promise<void>
  /** Stops the running refresh, and its report task at TikTok. */
  cancelRefresh(): Promise<void>
}

/** The range plus, when comparing, the period before it: what to read from the cache and to download. */
const span = (range: DateRange, compare: boolean): DateRange => ({ from: compare ? previousPeriod(range).from : range.from, to: range.to })

export const useResultsStore = create<ResultsStore>()((set, get) => {
  // Answers can arrive out of order when the buyer clicks quickly: only the newest one is shown.
  let generation = 0

  async function show(snapshot: ResultsSnapshot | null, gen: number) {
    const { range, compare, bucket } = get()
    // Without a new snapshot the worker re-aggregates the rows it already holds.
    const view = await aggregateInWorker({ range, bucket, compare }, snapshot?.columns)
    if (gen === generation) set({ ...(snapshot ? { snapshot } : {}), view, loading: false })
  }

  async function reload() {
    const { advertiserId, level, range, compare } = get()
    if (!advertiserId) return
    const gen = ++generation
    set({ loading: true, error: null })
    try {
      const snapshot = await call('results:get', { advertiserId, level, ...span(range, compare) })
      await show(snapshot, gen)
    } catch (error) {
      if (gen === generation) set({ loading: false, error: messageOf(error) })
    }
  }

  return {
    advertiserId: null,
    level: 'campaign',
    preset: 30,
    range: { from: '', to: '' },
    compare: true,
    bucket: 'day',
    tab: 'time',
    snapshot: null,
    view: null,
    loading: false,
    refreshing: false,
    progress: null,
    refreshError: null,
    cancelled: false,
    error: null,
    async open(advertiserId, today) {
      const { preset, range } = get()
      set({ advertiserId, range: preset === 'custom' && range.from ? range : lastDays(today, preset === 'custom' ? 30 : preset), refreshError: null })
      await reload()
    },
    async setPreset(preset, today) {
      set({ preset, range: lastDays(today, preset) })
      await reload()
    },
    async setCustomRange(range) {
      set({ preset: 'custom', range })
      await reload()
    },
    async setLevel(level) {
      set({ level })
      await reload()
    },
    async setCompare(compare) {
      set({ compare })
      await reload()
    },
    async setBucket(bucket) {
      set({ bucket })
      if (get().snapshot) await show(null, ++generation)
    },
    setTab: (tab) => set({ tab }),
    async refresh() {
      const { advertiserId, level, range, compare } = get()
      if (!advertiserId || get().refreshing) return
      set({ refreshing: true, refreshError: null, progress: null, cancelled: false })
      try {
        const snapshot = await call('results:refresh', { advertiserId, level, ...span(range, compare) })
        await show(snapshot, ++generation)
        set({ refreshing: false, progress: null })
      } catch (error) {
        if (get().cancelled) return set({ refreshing: false, progress: null })
        set({
          refreshing: false,
          progress: null,
          refreshError: { message: messageOf(error), offline: !(error instanceof ApiError && error.code === 'FORBIDDEN') },
        })
      }
    },
    async cancelRefresh() {
      const { advertiserId, level, refreshing } = get()
      if (!advertiserId || !refreshing) return
      set({ cancelled: true })
      try {
        await call('results:cancel', { advertiserId, level })
      } catch (error) {
        set({ cancelled: false, refreshError: { message: messageOf(error), offline: false } })
      }
    },
  }
})

/** Whether the cache holds every day the page shows (and compares with). */
export function isCovered(snapshot: ResultsSnapshot | null, range: DateRange, compare: boolean) {
  return !!snapshot && covers(snapshot.coverage, span(range, compare))
}

export function followResultsProgress(): () => void {
  return subscribe('results:progress', (progress) => {
    const s = useResultsStore.getState()
    if (s.refreshing && progress.advertiserId === s.advertiserId && progress.level === s.level) useResultsStore.setState({ progress })
  })
}
