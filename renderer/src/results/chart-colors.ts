import { useSyncExternalStore } from 'react'

/**
 * Chart colours read from the theme's CSS variables and passed to recharts as
 * literal values: an SVG exported as PNG is drawn outside the page, where
 * `var(--chart-1)` would not resolve.
 */
export interface ChartColors {
  series: string[]
  previous: string
  text: string
  muted: string
  grid: string
  surface: string
}

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
  return () => observer.disconnect()
}

let cached: { theme: string | undefined; colors: ChartColors } | null = null
function read(): ChartColors {
  const theme = document.documentElement.dataset.theme
  if (cached && cached.theme === theme) return cached.colors
  const css = getComputedStyle(document.documentElement)
  const v = (name: string) => css.getPropertyValue(name).trim()
  const colors = {
    series: [1, 2, 3, 4, 5, 6, 7, 8].map((i) => v(`--chart-${i}`)),
    previous: v('--chart-previous'),
    text: v('--text'),
    muted: v('--muted'),
    grid: v('--border'),
    surface: v('--surface'),
  }
  cached = { theme, colors }
  return colors
}

export const useChartColors = () => useSyncExternalStore(subscribe, read)
