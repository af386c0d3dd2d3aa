/**
 * The renderer's "now". It runs on the system clock unless the back end's clock
 * is pinned (ADWRIGHT_NOW, the E2E harness): then it starts where the back
 * end's did, so the editor's "start in the past" check and the back end's agree.
 */
import { nowStartingAt, systemNow, type Now } from '#shared/time/clock'

let current: Now = systemNow

/** The current time, for the renderer's stores and pages. */
export const now: Now = () => current()

/** Follows the back end's clock as reported by `app:info`. */
export function followBackendClock(pinnedAt: string | null): void {
  current = pinnedAt ? nowStartingAt(pinnedAt) : systemNow
}
