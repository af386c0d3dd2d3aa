/**
 * Which endpoints create a new campaign of each objective, from which date, as
 * data: when TikTok moves the date or widens the scope, this table changes and
 * nothing else. Rows of one objective are read in date order; the last whose
 * `from` has passed applies.
 *
 * Sources (notes tiktok-api-2026.md §1):
 * - the date: [DOC 1853452461203458] "Upgraded Smart+ Campaign": after 2026-12-31
 *   manual campaigns can no longer be created with `/campaign/create/`
 *   (confidence Medium-High). TikTok gives no time zone; the table takes the
 *   start of 2027-01-01 UTC, the earliest reading.
 * - the scope: the official text names no objectives. Upgraded Smart+ accepts
 *   only APP_PROMOTION, LEAD_GENERATION and WEB_CONVERSIONS ([SDK]
 *   smart_plus_campaign_create.yml), and a third-party listing says those lose
 *   manual creation while REACH, TRAFFIC, VIDEO_VIEWS and ENGAGEMENT keep it
 *   (confidence Low). The others stay manual here, but TikTok may end manual
 *   creation for them too; PRODUCT_SALES in particular is listed as losing it
 *   while Smart+ does not take it, so it stays manual until TikTok says otherwise.
 */
import type { ObjectiveType } from '../enums'
import { OBJECTIVE_TYPES } from '../enums'

export type CreationPath = 'manual' | 'smart_plus'

export interface CreationPathRow {
  objective: ObjectiveType
  /** ISO instant from which this path applies. */
  from: string
  path: CreationPath
  source: string
  confidence: 'High' | 'Medium-High' | 'Medium' | 'Low'
}

const SMART_PLUS_FROM = '2027-01-01T00:00:00.000Z'
const END_OF_MANUAL = 'DOC 1853452461203458 (date); SDK smart_plus_campaign_create.yml objective_type (scope)'
const SMART_PLUS_OBJECTIVES: readonly ObjectiveType[] = ['WEB_CONVERSIONS', 'APP_PROMOTION', 'LEAD_GENERATION']

export const CREATION_PATHS: readonly CreationPathRow[] = [
  ...OBJECTIVE_TYPES.map((objective): CreationPathRow => ({
    objective,
    from: '1970-01-01T00:00:00.000Z',
    path: 'manual',
    source: 'v1.3 /campaign/create/',
    confidence: 'High',
  })),
  ...SMART_PLUS_OBJECTIVES.map((objective): CreationPathRow => ({
    objective,
    from: SMART_PLUS_FROM,
    path: 'smart_plus',
    source: END_OF_MANUAL,
    confidence: 'Medium-High',
  })),
]

/** The row that decides how a new campaign of `objective` is created at `now` (never read from the clock). */
export function creationRuleFor(
  objective: ObjectiveType,
  now: Date,
  table: readonly CreationPathRow[] = CREATION_PATHS,
): CreationPathRow | undefined {
  const at = now.getTime()
  let best: CreationPathRow | undefined
  for (const row of table) {
    if (row.objective !== objective) continue
    const from = Date.parse(row.from)
    if (from <= at && (!best || from >= Date.parse(best.from))) best = row
  }
  return best
}

/** `manual` or `smart_plus` for a new campaign of `objective` at `now`; manual when the table has no row yet. */
export const creationPathFor = (objective: ObjectiveType, now: Date, table?: readonly CreationPathRow[]): CreationPath =>
  creationRuleFor(objective, now, table)?.path ?? 'manual'

/** One way to start a new campaign, as the "+ Campaign" menu offers it. */
export interface NewCampaignChoice {
  objective: ObjectiveType
  path: CreationPath
  /** Why this path, in a few words: the table's date for Smart+ objectives, the open question for the others. */
  note: string
}

const dayOf = (iso: string) => iso.slice(0, 10)
/** The last day before `iso` (UTC): the last day manual creation is open. */
const dayBefore = (iso: string) => new Date(Date.parse(iso) - 1).toISOString().slice(0, 10)

/**
 * Every objective a buyer can start at `now`, with the path each is created on: an objective whose Smart+ date has
 * passed is offered as Smart+ only; before that date it is offered both ways, manual saying until when.
 */
export function newCampaignChoices(now: Date, table: readonly CreationPathRow[] = CREATION_PATHS): NewCampaignChoice[] {
  const choices: NewCampaignChoice[] = []
  for (const objective of OBJECTIVE_TYPES) {
    const path = creationPathFor(objective, now, table)
    const smartPlusRow = table.find((r) => r.objective === objective && r.path === 'smart_plus')
    if (path === 'smart_plus') {
      choices.push({ objective, path, note: `Smart+ only: TikTok creates no manual ones since ${dayOf(smartPlusRow!.from)}` })
    } else if (smartPlusRow) {
      choices.push({ objective, path: 'manual', note: `Manual: TikTok creates these until ${dayBefore(smartPlusRow.from)}` })
      choices.push({ objective, path: 'smart_plus', note: 'Smart+: TikTok’s path from then on' })
    } else {
      choices.push({ objective, path, note: 'Manual; TikTok may end manual creation for it too' })
    }
  }
  return choices
}
