import { useCallback, useMemo } from 'react'
import { isOptionalField } from '#shared/domain/entity-kinds'
import type { Problem } from '#shared/domain/problems'
import { parseRowKey, type RowKey } from './model/tree-rows'
import { saveField } from './editor-commands'
import { useAccountStore } from './use-account-store'

const NONE: Problem[] = []

/**
 * The problems of one entity by field — validation problems plus the back end's
 * reasons for refusing the last edit — and a saver that makes each field change
 * one undo step.
 */
export function useEntityEditing(key: RowKey) {
  const problems = useAccountStore((s) => s.problems.get(key)) ?? NONE
  const refused = useAccountStore((s) => s.refused)
  const all = useMemo(() => {
    const { kind, id } = parseRowKey(key)
    const mine = refused.filter((r) => r.key === key)
    if (!mine.length) return problems
    const asProblems: Problem[] = mine.map((r) => ({
      severity: 'error',
      ruleId: 'edit.refused',
      kind,
      entityId: id,
      entityName: '',
      field: r.field,
      message: `Not saved: ${r.message}`,
    }))
    return [...asProblems, ...problems]
  }, [key, problems, refused])
  const of = useCallback((field: string) => all.filter((p) => p.field === field), [all])
  const save = useCallback(
    (field: string, value: unknown, label: string) => {
      // An emptied optional field is cleared (null), not saved as '' or silently dropped.
      const cleared = (value === undefined || value === '') && isOptionalField(parseRowKey(key).kind, field)
      return saveField(key, { [field]: cleared ? null : value }, label)
    },
    [key],
  )
  return { of, save }
}
