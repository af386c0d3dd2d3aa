/**
 * The keyboard shortcuts as the "?" list shows them. The area keys come from
 * the sections themselves, so a new area is listed without an edit here; the
 * editor's keys mirror use-editor-shortcuts.ts and the tree's AccountTree.tsx.
 */
import { SECTIONS } from './use-nav-store'

export interface Shortcut {
  keys: string
  does: string
}

export const SHORTCUT_GROUPS: ReadonlyArray<{ title: string; shortcuts: readonly Shortcut[] }> = [
  {
    title: 'Anywhere',
    shortcuts: [
      ...SECTIONS.map((s) => ({ keys: `Ctrl/⌘+${s.shortcut}`, does: `Go to ${s.label}` })),
      { keys: '?', does: 'Show this list (outside text fields)' },
    ],
  },
  {
    title: 'Campaign tree',
    shortcuts: [
      { keys: '↑ ↓', does: 'Move between rows' },
      { keys: '→ ←', does: 'Open or close a campaign or ad group' },
      { keys: 'Shift+↑ ↓ / Shift+click', does: 'Select a range' },
      { keys: 'Ctrl/⌘+click, Space', does: 'Add or remove a row from the selection' },
      { keys: 'Ctrl/⌘+A', does: 'Select every row' },
      { keys: 'Enter', does: 'Edit the active row' },
      { keys: 'F2', does: 'Rename the active row' },
    ],
  },
  {
    title: 'Editing',
    shortcuts: [
      { keys: 'Ctrl/⌘+Z', does: 'Undo' },
      { keys: 'Ctrl/⌘+Shift+Z, Ctrl+Y', does: 'Redo' },
      { keys: 'Ctrl/⌘+C, Ctrl/⌘+V', does: 'Copy and paste campaigns or ad groups' },
      { keys: 'Ctrl/⌘+D', does: 'Duplicate the selection' },
      { keys: 'Delete', does: 'Delete the selection' },
      { keys: 'Enter (in a field)', does: 'Save the field' },
      { keys: 'Esc (in a field)', does: 'Undo the typing and go back to the tree' },
    ],
  },
]
