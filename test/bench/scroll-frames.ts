import type { Page } from 'playwright-core'
import { percentile, round, type Figure } from './figures'

/**
 * Scrolls the element `selector` names 240 px per frame for 400 frames, then jumps to far places, timing every frame
 * in the page (requestAnimationFrame to requestAnimationFrame); also counts the elements `rows` names afterwards, to
 * show the list stays virtual. One loop for every scrolling bench.
 */
export function scrollFrames(page: Page, selector: string, rows: string): Promise<{ times: number[]; rows: number }> {
  return page.evaluate(
    async ({ selector, rows }) => {
      const list = document.querySelector<HTMLElement>(selector)!
      const times: number[] = []
      let last = await new Promise<number>((r) => requestAnimationFrame(r))
      const frame = async () => {
        const t = await new Promise<number>((r) => requestAnimationFrame(r))
        times.push(t - last)
        last = t
      }
      for (let i = 0; i < 400; i++) {
        list.scrollTop += 240
        await frame()
      }
      for (const fraction of [0.9, 0.1, 0.5, 0.99, 0]) {
        list.scrollTop = list.scrollHeight * fraction
        await frame()
      }
      return { times, rows: document.querySelectorAll(rows).length }
    },
    { selector, rows },
  )
}

/** The frame-time figures every scrolling bench prints: p50, p95 (against `p95Goal`) and the worst frame. */
export function frameFigures(times: number[], p95Goal: string): Figure[] {
  return [
    { name: 'scroll frame time, p50', value: round(percentile(times, 50), 1), unit: 'ms', goal: '' },
    { name: 'scroll frame time, p95', value: round(percentile(times, 95), 1), unit: 'ms', goal: p95Goal },
    { name: 'scroll frame time, max', value: round(Math.max(...times), 1), unit: 'ms', goal: '' },
  ]
}
