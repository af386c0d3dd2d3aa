import { useEffect, useState } from 'react'
import type { Theme } from '#shared/settings/settings'

const query = () => window.matchMedia('(prefers-color-scheme: dark)')

/** The theme actually shown: the user's choice, or the OS's when they chose "system". */
export function useResolvedTheme(theme: Theme | undefined): 'light' | 'dark' {
  const [osDark, setOsDark] = useState(() => query().matches)
  useEffect(() => {
    const mq = query()
    const onChange = () => setOsDark(mq.matches)
    mq.addEventListener('change', onChange)
    return () => mq.removeEventListener('change', onChange)
  }, [])
  const resolved = theme === 'light' || theme === 'dark' ? theme : osDark ? 'dark' : 'light'
  useEffect(() => {
    document.documentElement.dataset.theme = resolved
  }, [resolved])
  return resolved
}
