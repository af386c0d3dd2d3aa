import { ENTITY_KINDS, titleOf, type EntityKind } from '../entity-kinds'
import type { Problem } from '../problems'

/** "Ad group “Spring JP 18-34”", or the id when the name is still empty, so a message makes sense out of context. */
export function entityLabel(kind: EntityKind, id: string, name: string): string {
  return name.trim() ? `${titleOf(kind)} “${name}”` : `Unnamed ${ENTITY_KINDS[kind].label.one} (${id})`
}

/**
 * Collects the problems of one entity; messages are built only when a rule
 * fires. A class rather than closures: one is made per entity, 50,000 per
 * validation, and methods on the prototype cost nothing to create.
 */
export class Reporter {
  constructor(
    private readonly kind: EntityKind,
    private readonly entityId: string,
    private readonly entityName: string,
    private readonly out: Problem[],
  ) {}

  /** `source` names the TikTok document a rule comes from, for rules that are not obvious. */
  error(ruleId: string, field: string, advice: string, source?: string): void {
    this.push('error', ruleId, field, advice, source)
  }

  warning(ruleId: string, field: string, advice: string): void {
    this.push('warning', ruleId, field, advice)
  }

  private push(severity: Problem['severity'], ruleId: string, field: string, advice: string, source?: string): void {
    const { kind, entityId, entityName } = this
    const message = `${entityLabel(kind, entityId, entityName)}: ${advice}`
    this.out.push({ severity, ruleId, kind, entityId, entityName, field, message, ...(source ? { source } : {}) })
  }
}

export const reporter = (kind: EntityKind, entityId: string, entityName: string, out: Problem[]) => new Reporter(kind, entityId, entityName, out)

const formatters = new Map<string, Intl.NumberFormat | null>()

/** "$20.00"; falls back to "20.00 XYZ" for a currency code Intl does not know. */
export function formatMoney(amount: number, currency: string): string {
  let f = formatters.get(currency)
  if (f === undefined) {
    try {
      f = new Intl.NumberFormat('en-US', { style: 'currency', currency })
    } catch {
      f = null
    }
    formatters.set(currency, f)
  }
  return f ? f.format(amount) : `${amount.toFixed(2)} ${currency}`
}
