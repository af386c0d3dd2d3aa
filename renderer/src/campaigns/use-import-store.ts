import { create } from 'zustand'
import type { ExportFormat, ImportPreview } from '#shared/domain/account'
import { inputFileSizeProblem } from '#shared/domain/input-files'
import { call, messageOf } from '../api/client'
import { useAccountStore } from './use-account-store'

/**
 * Importing a CSV or plan file: read it, show the back end's preview with
 * row-level errors, and apply it (one undo step) only when the buyer says so.
 */
interface ImportStore {
  phase: 'idle' | 'checking' | 'preview' | 'applying'
  fileName: string
  format: ExportFormat
  content: string
  preview: ImportPreview | null
  error: string | null
  choose(file: File): Promise<void>
  /** Applies the file; with errors, only when `validRowsOnly`. Answers a message for the toast, or null on failure. */
  apply(validRowsOnly: boolean): Promise<string | null>
  cancel(): void
}

const IDLE = { phase: 'idle' as const, fileName: '', content: '', preview: null, error: null }

export const useImportStore = create<ImportStore>()((set, get) => ({
  ...IDLE,
  format: 'csv',
  async choose(file) {
    const advertiserId = useAccountStore.getState().advertiserId
    const format: ExportFormat = file.name.toLowerCase().endsWith('.json') ? 'json' : 'csv'
    set({ phase: 'checking', fileName: file.name, format, preview: null, error: null })
    try {
      if (!advertiserId) throw new Error('Open an advertiser account first.')
      const tooLarge = inputFileSizeProblem(file.name, file.size)
      if (tooLarge) throw new Error(tooLarge)
      const content = await file.text()
      const preview = await call('account:import-preview', { advertiserId, format, content })
      set({ phase: 'preview', content, preview })
    } catch (error) {
      set({ phase: 'preview', error: messageOf(error) })
    }
  },
  async apply(validRowsOnly) {
    const { content, format, preview } = get()
    const account = useAccountStore.getState()
    if (!account.advertiserId || !preview) return null
    set({ phase: 'applying', error: null })
    try {
      const delta = await call('account:import-apply', { advertiserId: account.advertiserId, format, content, validRowsOnly })
      account.applyDelta(delta)
      set(IDLE)
      const rows = validRowsOnly ? preview.validRows : preview.totalRows
      return `Imported ${rows.toLocaleString()} row${rows === 1 ? '' : 's'} from ${get().fileName || 'the file'}`
    } catch (error) {
      set({ phase: 'preview', error: messageOf(error) })
      return null
    }
  },
  cancel: () => set(IDLE),
}))
