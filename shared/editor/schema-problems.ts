/**
 * The structural problems of one entity, from its zod schema, as Problems the
 * editor and the problems panel can show. Used until (and besides) the business
 * rules of shared/domain/validation, which know minimum budgets and the like.
 */
import type { EntityKind, EntityOf } from '../domain/entities'
import { NAME_FIELD } from '../domain/entities'
import { ENTITY_SCHEMAS } from '../domain/entity-schemas'
import type { Problem } from '../domain/problems'

export function schemaProblems<K extends EntityKind>(kind: K, entity: EntityOf<K>, id: string): Problem[] {
  const result = ENTITY_SCHEMAS[kind].safeParse(entity)
  if (result.success) return []
  const entityName = String((entity as unknown as Record<string, unknown>)[NAME_FIELD[kind]] ?? '')
  return result.error.issues.map((issue) => ({
    severity: 'error' as const,
    ruleId: `schema.${kind}.${issue.code}`,
    kind,
    entityId: id,
    entityName,
    field: issue.path.length ? String(issue.path[0]) : '',
    message: issue.message,
  }))
}
