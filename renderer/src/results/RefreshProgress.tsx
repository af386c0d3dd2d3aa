import type { ResultsProgress } from '#shared/results/results-types'
import { useResultsStore } from './use-results-store'

/** TikTok's task statuses in words a buyer reads (report-task-endpoints.ts lists them). */
const TASK_WORDS: Record<string, string> = {
  QUEUING: 'waiting in TikTok’s queue',
  PROCESSING: 'being prepared by TikTok',
  SUCCESS: 'ready, downloading',
}

export function progressText(p: ResultsProgress | null): string {
  if (!p) return 'Connecting to TikTok…'
  if (p.mode === 'sync') return `Downloading ${p.done} of ${p.total}…`
  const step = Math.min(p.done + 1, p.total)
  const status = p.taskStatus ? `: ${TASK_WORDS[p.taskStatus] ?? p.taskStatus.toLowerCase()}` : ''
  return `Large account — TikTok builds each report as a task. Step ${step} of ${p.total}${status}…`
}

/** While a refresh runs: how far it is (a bar and a line), and Cancel, which keeps the saved results as they were. */
export function RefreshProgress() {
  const { refreshing, progress, cancelled, cancelRefresh } = useResultsStore()
  if (!refreshing) return null
  return (
    <div className="notice notice-inline results-progress" role="status" data-testid="refresh-progress">
      <progress max={progress?.total ?? 1} value={progress?.done ?? 0} aria-label="Refresh progress" />
      <span>{cancelled ? 'Cancelling…' : progressText(progress)}</span>
      <button type="button" className="button" onClick={() => void cancelRefresh()} disabled={cancelled}>
        Cancel
      </button>
    </div>
  )
}

/** After a cancel: nothing changed, said once. */
export function CancelledNote() {
  const cancelled = useResultsStore((s) => s.cancelled && !s.refreshing)
  if (!cancelled) return null
  return (
    <div className="notice notice-inline" role="status" data-testid="refresh-cancelled">
      <span>Refresh cancelled; the saved results are unchanged.</span>
    </div>
  )
}
