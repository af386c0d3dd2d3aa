import { useEffect } from 'react'
import { SECTIONS, useNavStore } from './use-nav-store'
import { useShortcutsStore } from './ShortcutsDialog'
import { isTyping } from './is-typing'

/** ⌘/Ctrl+1…4 switch areas, ⌘/Ctrl+, opens Settings — as in most desktop editors; "?" lists every shortcut. */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '?' && !e.metaKey && !e.ctrlKey && !e.altKey && !isTyping(e.target)) {
        e.preventDefault()
        return useShortcutsStore.getState().show()
      }
      if (!(e.metaKey || e.ctrlKey) || e.altKey || e.shiftKey) return
      const target = SECTIONS.find((s) => s.shortcut === e.key)
      if (!target) return
      e.preventDefault()
      useNavStore.getState().go(target.id)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
