import type { Ad, AdGroup, Campaign } from '../../shared/domain/entities'
import { AdGroupSchema, AdSchema, CampaignSchema } from '../../shared/domain/entity-schemas'
import type { Problem } from '../../shared/domain/problems'
import { z } from 'zod'

/**
 * A plan file: the campaigns, ad groups and ads an agency wants drafted, as
 * JSON with TikTok's field names. Structure only, from the entity schemas; the
 * drafting-rules branch's `parsePlan`/`validateAccount` replace this check when
 * it lands (see the report in docs/ARCHITECTURE.md).
 */
export interface Plan {
  campaigns: Campaign[]
  adgroups: AdGroup[]
  ads: Ad[]
}

const ListSchema = z
  .object({
    campaigns: z.array(z.unknown()).default([]),
    adgroups: z.array(z.unknown()).default([]),
    ads: z.array(z.unknown()).default([]),
  })
  .loose()

const SCHEMAS = { campaign: CampaignSchema, adgroup: AdGroupSchema, ad: AdSchema } as const
const LISTS = { campaign: 'campaigns', adgroup: 'adgroups', ad: 'ads' } as const
const ID = { campaign: 'campaign_id', adgroup: 'adgroup_id', ad: 'ad_id' } as const
const NAME = { campaign: 'campaign_name', adgroup: 'adgroup_name', ad: 'ad_name' } as const

export interface ParsedPlan {
  plan: Plan
  /** Entities that do not have the right shape (they are left out of `plan`). */
  problems: Problem[]
}

const field = (o: unknown, key: string) => (typeof o === 'object' && o !== null && typeof (o as Record<string, unknown>)[key] === 'string' ? String((o as Record<string, unknown>)[key]) : '')

export function parsePlanStructure(json: unknown): ParsedPlan | { error: string } {
  const lists = ListSchema.safeParse(json)
  // An unrelated JSON file must not pass as an empty plan.
  const named = typeof json === 'object' && json !== null && Object.values(LISTS).some((k) => k in json)
  if (!lists.success || !named) return { error: 'A plan is a JSON object with "campaigns", "adgroups" and "ads" arrays.' }
  const plan: Plan = { campaigns: [], adgroups: [], ads: [] }
  const problems: Problem[] = []
  for (const kind of ['campaign', 'adgroup', 'ad'] as const) {
    lists.data[LISTS[kind]].forEach((raw, index) => {
      const r = SCHEMAS[kind].safeParse(raw)
      if (r.success) {
        ;(plan[LISTS[kind]] as unknown[]).push(r.data)
        return
      }
      for (const issue of r.error.issues) {
        problems.push({
          severity: 'error',
          ruleId: 'plan.structure',
          kind,
          entityId: field(raw, ID[kind]) || `${LISTS[kind]}[${index}]`,
          entityName: field(raw, NAME[kind]),
          field: issue.path.join('.'),
          message: `${LISTS[kind]}[${index}]${issue.path.length ? `.${issue.path.join('.')}` : ''}: ${issue.message}`,
        })
      }
    })
  }
  return { plan, problems }
}
