import type { Edit } from '#shared/domain/account'
import { ENTITY_KINDS, KINDS, nameOf, type EntityKind } from '#shared/domain/entity-kinds'

/** Words people use in the Edit menu for API field names. */
const FIELD_WORDS: Record<string, string> = {
  campaign_name: 'name',
  adgroup_name: 'name',
  ad_name: 'name',
  operation_status: 'status',
  budget_mode: 'budget type',
  location_ids: 'locations',
  age_groups: 'ages',
  schedule_start_time: 'start time',
  schedule_end_time: 'end time',
  ad_text: 'ad text',
  call_to_action: 'call to action',
  landing_page_url: 'landing page',
}

const fieldWord = (field: string) => FIELD_WORDS[field] ?? field.replace(/_/g, ' ')

function countNoun(kind: EntityKind, n: number): string {
  const { one, many } = ENTITY_KINDS[kind].label
  return `${n} ${n === 1 ? one : many}`
}

function joinWords(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
}

/** "3 campaigns, 1 ad group and 12 ads" from counts per kind, skipping zeros. */
export function countsPhrase(counts: Partial<Record<EntityKind, number>>): string {
  return joinWords(KINDS.filter((k) => counts[k]).map((k) => countNoun(k, counts[k]!)))
}

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
