import { useEffect } from 'react'
import { parseRowKey } from './model/tree-rows'
import { ENTITY_KINDS } from '#shared/domain/entity-kinds'
import { useTreeStore } from './use-tree-store'
import * as cmd from './editor-commands'
import { isTyping } from '../app/is-typing'

/**
 * The editor's keyboard: undo/redo, delete, copy/paste/duplicate, F2 to rename
 * and Enter to open the active row's editor. Arrows live on the tree itself.
 */
export function useEditorShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTyping(e.target)) return
      const mod = e.metaKey || e.ctrlKey
      const key = e.key.toLowerCase()
      const active = useTreeStore.getState().active
      const run = (action: () => unknown) => {
        e.preventDefault()
        void action()
      }
      if (mod && key === 'z') return run(e.shiftKey ? cmd.redo : cmd.undo)
      if (mod && key === 'y' && !e.shiftKey) return run(cmd.redo)
      if (mod && e.altKey) return
      // With text selected on the page, Ctrl/⌘+C copies that text, as everywhere else.
      if (mod && key === 'c' && window.getSelection()?.isCollapsed !== false) return run(cmd.copySelected)
      if (mod && key === 'v') return run(cmd.paste)
      if (mod && key === 'd') return run(cmd.duplicateSelected)
      if (mod || e.altKey) return
      if (e.key === 'Delete') return run(cmd.deleteSelected)
      if (e.key === 'F2' && active) {
        return run(() => useTreeStore.getState().requestFocus(active, ENTITY_KINDS[parseRowKey(active).kind].nameField))
      }
      // Enter opens the editor only from the tree; on a button it must press the button.
      if (e.key === 'Enter' && active && (e.target as HTMLElement).getAttribute('role') === 'tree') {
        return run(() => useTreeStore.getState().requestFocus(active, ''))
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
