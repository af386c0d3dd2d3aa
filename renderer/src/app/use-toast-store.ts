import { create } from 'zustand'

/** The one-line feedback after an action ("Budget of 3 ad groups changed — Undo"). */
interface ToastStore {
  message: string | null
  tone: 'info' | 'error'
  /** Offer Undo next to the message: the action was one undo step. */
  undoable: boolean
  /** Bumped per toast so the same message shown twice still re-announces. */
  serial: number
  show(message: string, opts?: { undoable?: boolean; tone?: 'info' | 'error' }): void
  dismiss(): void
}

export const useToastStore = create<ToastStore>()((set) => ({
  message: null,
  tone: 'info',
  undoable: false,
  serial: 0,
  show: (message, opts = {}) => set((s) => ({ message, undoable: opts.undoable ?? false, tone: opts.tone ?? 'info', serial: s.serial + 1 })),
  dismiss: () => set({ message: null, undoable: false }),
}))
