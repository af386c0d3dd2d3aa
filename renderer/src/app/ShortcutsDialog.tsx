import { useEffect, useRef } from 'react'
import { create } from 'zustand'
import { SHORTCUT_GROUPS } from './shortcut-list'

export const useShortcutsStore = create<{ open: boolean; show(): void; hide(): void }>()((set) => ({
  open: false,
  show: () => set({ open: true }),
  hide: () => set({ open: false }),
}))

/** The "?" list. A native modal dialog: it traps focus, closes on Esc and gives focus back where it was. */
export function ShortcutsDialog() {
  const open = useShortcutsStore((s) => s.open)
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const el = dialog.current
    if (!el) return
    if (open && !el.open) el.showModal()
    if (!open && el.open) el.close()
  }, [open])
  return (
    <dialog ref={dialog} className="shortcuts-dialog card" aria-labelledby="shortcuts-title" onClose={() => useShortcutsStore.getState().hide()}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      {SHORTCUT_GROUPS.map((g) => (
        <section key={g.title}>
          <h3>{g.title}</h3>
          <table>
            <tbody>
              {g.shortcuts.map((s) => (
                <tr key={s.keys}>
                  <th scope="row">
                    <kbd>{s.keys}</kbd>
                  </th>
                  <td>{s.does}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <form method="dialog">
        <button type="submit" className="button">
          Close
        </button>
      </form>
    </dialog>
  )
}
