/** Entities and their fields in words, for labels and messages ("3 campaigns, 1 ad group and 12 ads", "budget type"). */
import { ENTITY_KINDS, KINDS, type EntityKind } from './entity-kinds'

/** "1 ad group", "3 ads". */
export function countNoun(kind: EntityKind, n: number): string {
  const { one, many } = ENTITY_KINDS[kind].label
  return `${n} ${n === 1 ? one : many}`
}

/** "a", "a and b", "a, b and c". */
export function joinWords(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
}

/** "3 campaigns, 1 ad group and 12 ads" from counts per kind, skipping zeros. */
export function countsPhrase(counts: Partial<Record<EntityKind, number>>): string {
  return joinWords(KINDS.filter((k) => counts[k]).map((k) => countNoun(k, counts[k]!)))
}

/** Words people use (in the Edit menu, in messages) for API field names. */
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

export const fieldWord = (field: string) => FIELD_WORDS[field] ?? field.replace(/_/g, ' ')
