import { useRef } from 'react'
import * as cmd from './editor-commands'
import { NewCampaignMenu } from './NewCampaignMenu'
import { createSmartPlusCampaign } from './smart-plus-commands'
import { useAccountStore } from './use-account-store'
import { useImportStore } from './use-import-store'
import { useTreeStore } from './use-tree-store'

/** Every editor action as a button, with its shortcut in the tooltip. */
export function EditorToolbar() {
  const undo = useAccountStore((s) => s.undo)
  const ready = useAccountStore((s) => s.advertiserId !== null && !s.loading)
  const selected = useTreeStore((s) => s.selection.selected.size)
  const copied = useTreeStore((s) => s.clipboard.length)
  const file = useRef<HTMLInputElement>(null)
  return (
    <div className="toolbar" role="toolbar" aria-label="Editor actions">
      <div className="tool-group">
        <button type="button" className="primary" disabled={!ready} onClick={() => void cmd.createCampaign()}>
          + Campaign
        </button>
        <NewCampaignMenu disabled={!ready} />
        <button
          type="button"
          disabled={!ready}
          onClick={() => void createSmartPlusCampaign()}
          title="A web conversions Smart+ campaign with one ad group and one ad"
        >
          + Smart+ campaign
        </button>
        <button type="button" disabled={!ready} onClick={() => void cmd.createAdGroup()} title="Into the selected campaign">
          + Ad group
        </button>
        <button type="button" disabled={!ready} onClick={() => void cmd.createAd()} title="Into the selected ad group">
          + Ad
        </button>
      </div>
      <div className="tool-group">
        <button type="button" disabled={!undo.canUndo} onClick={() => void cmd.undo()} title={`Undo ${undo.undoLabel ?? ''} (Ctrl/⌘+Z)`}>
          Undo
        </button>
        <button type="button" disabled={!undo.canRedo} onClick={() => void cmd.redo()} title={`Redo ${undo.redoLabel ?? ''} (Ctrl/⌘+Shift+Z)`}>
          Redo
        </button>
      </div>
      <div className="tool-group">
        <button type="button" disabled={!selected} onClick={() => cmd.copySelected()} title="Ctrl/⌘+C">
          Copy
        </button>
        <button type="button" disabled={!ready || !copied} onClick={() => void cmd.paste()} title="Ctrl/⌘+V">
          Paste
        </button>
        <button type="button" disabled={!selected} onClick={() => void cmd.duplicateSelected()} title="Ctrl/⌘+D">
          Duplicate
        </button>
        <button type="button" className="danger" disabled={!selected} onClick={() => void cmd.deleteSelected()} title="Delete">
          Delete
        </button>
      </div>
      <div className="tool-group tool-end">
        <button type="button" disabled={!ready} onClick={() => file.current?.click()}>
          Import…
        </button>
        <input
          ref={file}
          type="file"
          accept=".csv,.json,text/csv,application/json"
          className="visually-hidden"
          aria-label="Import a CSV or plan file"
          tabIndex={-1}
          onChange={(e) => {
            const f = e.currentTarget.files?.[0]
            e.currentTarget.value = ''
            if (f) void useImportStore.getState().choose(f)
          }}
        />
        <button type="button" disabled={!ready} onClick={() => void cmd.exportAccount('csv')}>
          Export CSV
        </button>
        <button type="button" disabled={!ready} onClick={() => void cmd.exportAccount('json')}>
          Export plan
        </button>
      </div>
    </div>
  )
}
