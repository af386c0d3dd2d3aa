import type { z } from 'zod'
import type { ImportRowError } from '../account'
import { isLocalId } from '../entities'
import { ENTITY_KINDS, LEVEL_OF, byKind, childKindsOf, entitiesOf, titleOf, type Entity, type EntityKind, type ManualKind } from '../entity-kinds'
import { emptyParseResult, type ImportOptions, type ImportParseResult } from '../import-result'
import { describeIssues, formatPath } from '../issue-messages'
import { SMART_PLUS_AUTOMATION_TYPE } from '../smart-plus/common'
import { withTikTokDefaults } from './tiktok-defaults'
import { currentAdGroupValues } from '../retired-values'
import { parsePlanAudiences } from './plan-audiences'

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v)

/** The key of the nested list below each level (docs/plan-format.md), the same for manual and Smart+ entries. */
const CHILD_LIST: Record<ManualKind, string | null> = { campaign: 'adgroups', adgroup: 'ads', ad: null }
const childListOf = (kind: EntityKind) => CHILD_LIST[LEVEL_OF[kind]]
/** Required list fields, which a hand-written plan may leave out when empty. */
const listFields = (schema: z.ZodObject) =>
  Object.entries(schema.shape)
    .filter(([, field]) => !field.safeParse(undefined).success && field.safeParse([]).success)
    .map(([key]) => key)
const LIST_FIELDS = byKind((kind) => listFields(ENTITY_KINDS[kind].schema))
const childKindOf = (kind: EntityKind): EntityKind | null => childKindsOf(kind)[0] ?? null
/**
 * A campaign entry marked `"campaign_automation_type": "UPGRADED_SMART_PLUS"` is an Upgraded Smart+ campaign, and
 * the entries nested in it are its Smart+ ad groups and ads, with the Smart+ create bodies' field names (docs/plan-format.md).
 */
const campaignKindOf = (entry: unknown): EntityKind =>
  isObject(entry) && entry.campaign_automation_type === SMART_PLUS_AUTOMATION_TYPE ? 'smart_plus_campaign' : 'campaign'
const ROOT_KEYS = new Set(['advertiser_id', 'audiences', 'campaigns'])
/** The optional key a plan author gives an entry so it keeps its identity across edits, renames included (docs/plan-format.md). */
const CLIENT_REF = 'client_ref'
const CLIENT_REF_MAX = 100

/**
 * An entry's identity within the plan: its `client_ref` when it has one, else
 * its name under its parent's key; a name repeated among siblings takes its
 * occurrence number, so every entry has its own key.
 */
function entryKey(kind: EntityKind, clientRef: unknown, name: unknown, parentKey: string, taken: Set<string>): string {
  const base = typeof clientRef === 'string' && clientRef.trim() !== '' ? `ref:${kind}:${clientRef}` : `${parentKey}/${kind}:${String(name ?? '')}`
  let key = base
  for (let n = 2; taken.has(key); n++) key = `${base}#${n}`
  taken.add(key)
  return key
}

/** Entries below one entry, at every depth, for the "skipped too" count. */
function countDescendants(entry: Json, kind: EntityKind): number {
  const childKind = childKindOf(kind)
  const listKey = childListOf(kind)
  const list = listKey ? entry[listKey] : undefined
  if (!childKind || !Array.isArray(list)) return 0
  return list.reduce<number>((n, child) => n + 1 + (isObject(child) ? countDescendants(child, childKind) : 0), 0)
}

/**
 * Reads a plan file (see docs/plan-format.md). Every entry is checked against
 * the entity schemas; an invalid entry is reported and skipped together with
 * everything nested in it, while valid entries are returned.
 */
export function parsePlan(text: string, opts: ImportOptions): ImportParseResult {
  const result = emptyParseResult()
  const fileError = (field: string, message: string) => result.errors.push({ row: '(file)', field, message })

  let root: unknown
  try {
    root = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (e) {
    fileError('', `This is not a plan file: it is not valid JSON (${e instanceof Error ? e.message : String(e)}).`)
    return result
  }
  if (!isObject(root) || !Array.isArray(root.campaigns)) {
    fileError('campaigns', 'This is not a plan file: it needs an object with a “campaigns” list at the top.')
    return result
  }
  for (const key of Object.keys(root))
    if (!ROOT_KEYS.has(key)) fileError(key, `“${key}” is not a plan field; a plan has only advertiser_id, audiences and campaigns.`)
  // An id written as a number (or anything but digits in a string) would otherwise be ignored and the plan read as this account's.
  if (root.advertiser_id !== undefined && (typeof root.advertiser_id !== 'string' || !/^\d{1,30}$/.test(root.advertiser_id))) {
    fileError(
      'advertiser_id',
      `advertiser_id must be a string of digits such as "7301000000000000001" (it is ${JSON.stringify(root.advertiser_id)}); TikTok's ids are too large for JSON numbers, so write it in quotes.`,
    )
    return result
  }

  // A plan from another advertiser is a template: its TikTok ids mean nothing here, so its entries become new drafts.
  const foreign = typeof root.advertiser_id === 'string' && root.advertiser_id !== opts.advertiserId
  const seen = new Set<string>()
  const keys = new Set<string>()
  const refs = new Set<string>()

  /** `parentId` is the parent's id after import; `parentInFile` what the file called it (they differ for new or foreign entries). */
  const visit = (entry: unknown, kind: EntityKind, path: string, parentId: string | null, parentInFile: unknown, parentKey: string) => {
    result.totalRows++
    const entryOf = ENTITY_KINDS[kind]
    const level = {
      schema: entryOf.schema as z.ZodObject,
      id: entryOf.idField,
      name: entryOf.nameField,
      parent: entryOf.parent?.field ?? null,
      children: childListOf(kind),
      label: titleOf(kind),
    }
    const errors: ImportRowError[] = []
    const fail = (at: string, field: string, message: string) => errors.push({ row: at, field, message })
    if (!isObject(entry)) {
      fail(path, '', `${path}: each entry must be an object with ${level.label.toLowerCase()} fields.`)
      result.errors.push(...errors)
      return
    }

    const { [level.children ?? '']: children, [CLIENT_REF]: clientRef, ...fields } = entry
    const name = typeof fields[level.name] === 'string' && fields[level.name] ? `${level.label} “${fields[level.name] as string}”` : level.label
    if (clientRef !== undefined) {
      if (typeof clientRef !== 'string' || clientRef.trim() === '' || clientRef.length > CLIENT_REF_MAX)
        fail(`${path}.${CLIENT_REF}`, CLIENT_REF, `${name} (${path}): client_ref must be a non-empty text of at most ${CLIENT_REF_MAX} characters.`)
      else if (refs.has(`${kind}:${clientRef}`))
        fail(
          `${path}.${CLIENT_REF}`,
          CLIENT_REF,
          `${name} (${path}): client_ref “${clientRef}” is used by another ${level.label.toLowerCase()}; give each its own.`,
        )
      else refs.add(`${kind}:${clientRef}`)
    }
    const key = entryKey(kind, clientRef, fields[level.name], parentKey, keys)
    if (level.children && children !== undefined && !Array.isArray(children))
      fail(`${path}.${level.children}`, level.children, `${name} (${path}): ${level.children} must be a list.`)
    const parentField = level.parent
    const statedParent = parentField ? fields[parentField] : undefined
    if (parentField && statedParent !== undefined && statedParent !== parentId && statedParent !== parentInFile)
      fail(
        `${path}.${parentField}`,
        parentField,
        `${name} (${path}): ${parentField} ${String(statedParent)} does not match the entry it is nested in; remove it.`,
      )

    const given = fields[level.id]
    const fresh = given === undefined || given === '' || (foreign && typeof given === 'string' && !isLocalId(given))
    const id = fresh
      ? opts.newId({ kind, key, path })
      : typeof given === 'string' && isLocalId(given) && opts.localId
        ? opts.localId({ kind, key: `id:${kind}:${given}`, path }, given)
        : given
    if (typeof id === 'string') {
      if (seen.has(`${kind}:${id}`)) fail(`${path}.${level.id}`, level.id, `${name} (${path}): ${level.id} ${id} appears more than once in the file.`)
      seen.add(`${kind}:${id}`)
    }
    // Older plans may say PAGE_VISITS: read it as TikTok's PAGE_VISIT (docs/plan-format.md).
    const current = kind === 'adgroup' ? currentAdGroupValues(fields) : fields
    const candidate: Json = {
      ...withTikTokDefaults(kind, current),
      // Smart+ ad groups carry TikTok's mark as the campaign does; a plan need not repeat it on each.
      ...(kind === 'smart_plus_adgroup' ? { campaign_automation_type: SMART_PLUS_AUTOMATION_TYPE } : {}),
      advertiser_id: opts.advertiserId,
      [level.id]: id,
      ...(level.parent ? { [level.parent]: parentId } : {}),
    }
    for (const key of LIST_FIELDS[kind]) candidate[key] ??= []
    const parsed = level.schema.safeParse(candidate)
    if (!parsed.success)
      for (const issue of describeIssues(parsed.error, candidate))
        fail(
          formatPath(path, issue.path),
          String(issue.path[0] ?? ''),
          `${name} (${path}): ${formatPath('', issue.path) || 'the entry'} ${issue.message}`,
        )

    const childKind = childKindOf(kind)
    if (errors.length > 0) {
      const skipped = countDescendants(entry, kind)
      result.totalRows += skipped
      const what = skipped === 1 ? 'the entry nested in it is' : `the ${skipped} entries nested in it are`
      if (skipped > 0) fail(path, '', `${name} (${path}): ${what} skipped until it is fixed.`)
      result.errors.push(...errors)
      return
    }
    entitiesOf(result, kind).push(parsed.data as Entity)
    result.validRows++
    if (childKind && Array.isArray(children))
      children.forEach((child, i) => visit(child, childKind, `${path}.${level.children}[${i}]`, id as string, given, key))
  }

  // The audiences the ad groups name (plan-audiences.ts); whether each reference resolves is the checks' to say.
  const audiences = parsePlanAudiences(root.audiences, foreign)
  result.errors.push(...audiences.errors)
  result.audiences = audiences.audiences
  root.campaigns.forEach((c, i) => visit(c, campaignKindOf(c), `campaigns[${i}]`, null, undefined, ''))
  return result
}
