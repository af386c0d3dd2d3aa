import type { Edit } from '#shared/domain/account'
import { ENTITY_KINDS, KINDS, nameOf, type EntityKind } from '#shared/domain/entity-kinds'
import { countNoun, countsPhrase, fieldWord } from '#shared/domain/entity-words'

export { countsPhrase }

type Named = { kind: EntityKind; name: string | undefined }

/** "campaign “Summer”" for one target, "3 ad groups" for several of a kind. */
function targetsPhrase(targets: Named[]): string {
  const only = targets[0]
  if (targets.length === 1 && only) return only.name ? `${ENTITY_KINDS[only.kind].label.one} “${only.name}”` : countNoun(only.kind, 1)
  const counts: Partial<Record<EntityKind, number>> = {}
  for (const t of targets) counts[t.kind] = (counts[t.kind] ?? 0) + 1
  return countsPhrase(counts)
}

/**
 * The undo label of an edit when the editor gave none, e.g. "Edit budget of 3
 * ad groups". `currentName` looks up the current name of a target.
 */
export function labelFor(edit: Edit, currentName: (kind: EntityKind, id: string) => string | undefined): string {
  const named = (ts: Array<{ kind: EntityKind; id: string }>): Named[] => ts.map((t) => ({ kind: t.kind, name: currentName(t.kind, t.id) }))
  switch (edit.type) {
    case 'create': {
      const created: Named[] = KINDS.flatMap((kind) => (edit[ENTITY_KINDS[kind].setKey] ?? []).map((e) => ({ kind, name: nameOf(kind, e) })))
      return `Create ${targetsPhrase(created)}`
    }
    case 'update': {
      const fields = new Set(edit.patches.flatMap((p) => Object.keys(p.fields).map(fieldWord)))
      const what = targetsPhrase(named(uniqueRefs(edit.patches)))
      return fields.size === 1 ? `Edit ${[...fields][0]} of ${what}` : `Edit ${what}`
    }
    case 'delete':
      return `Delete ${targetsPhrase(named(edit.targets))}`
    case 'duplicate':
      return `Duplicate ${targetsPhrase(named(edit.targets))}`
    case 'revert':
      return `Revert ${targetsPhrase(named(edit.targets))}`
    case 'convert-to-smart-plus':
      return `Convert ${targetsPhrase(named([{ kind: 'campaign', id: edit.campaignId }]))} to Smart+`
  }
}

function uniqueRefs(refs: Array<{ kind: EntityKind; id: string }>) {
  const seen = new Map<string, { kind: EntityKind; id: string }>()
  for (const r of refs) seen.set(`${r.kind}/${r.id}`, { kind: r.kind, id: r.id })
  return [...seen.values()]
}
