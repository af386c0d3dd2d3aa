import type { EntityKind } from './entities'

/**
 * One thing wrong (error) or worth a look (warning) with a draft. Errors block
 * "Post changes"; warnings do not. Every problem names its entity and field so
 * the problems panel can jump to the input.
 */
export interface Problem {
  severity: 'error' | 'warning'
  /** Stable id of the rule, e.g. `adgroup.budget.min-daily` or `compliance.eu.minors-interests`. */
  ruleId: string
  kind: EntityKind
  entityId: string
  /** The entity's name, so a message makes sense out of context. */
  entityName: string
  /** TikTok field name, e.g. `budget`; '' for the entity as a whole. */
  field: string
  message: string
  /** Where the rule comes from (TikTok help article, regulation), for compliance rules. */
  source?: string
}
