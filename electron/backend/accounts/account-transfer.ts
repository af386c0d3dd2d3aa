import { randomUUID } from 'node:crypto'
import type { AccountDelta, ExportFormat, ImportPreview } from '#shared/domain/account'
import { LOCAL_ID_PREFIX } from '#shared/domain/entities'
import { exportAccountCsv, parseAccountCsv } from '#shared/domain/csv/index'
import type { ImportOptions, ImportParseResult } from '#shared/domain/import-result'
import { exportPlan, parsePlan } from '#shared/domain/plan/index'
import type { Audience } from '#shared/audiences/schemas'
import { KINDS, entitiesOf, entitySetOf, idOf, type EntitySet } from '#shared/domain/entity-kinds'
import { familyConflict } from './store/upsert-planner'
import type { AccountService } from './account-service'
import { countsPhrase } from './store/edit-labels'
import { ServiceError } from '../app/service-error'
import { openAudienceCatalogue } from './audience-catalogue'
import { importPlanAudiences, planAudienceProblems } from './plan-audience-import'
import { withAudienceIds } from '#shared/domain/plan/plan-audiences'

interface Format {
  extension: string
  parse: (text: string, opts: ImportOptions) => ImportParseResult
  write: (account: EntitySet, advertiserId: string, audiences: readonly Audience[]) => string
}

const FORMATS: Record<ExportFormat, Format> = {
  json: { extension: 'adwright.json', parse: parsePlan, write: exportPlan },
  // CSV holds campaigns and ad groups only, manual and Smart+ (one row per ad group); ads travel in plan files.
  csv: { extension: 'csv', parse: parseAccountCsv, write: (account) => exportAccountCsv(account) },
}

/**
 * The file's text as the app's Export writes it: one owner for the app's channel and the CLI's `export`.
 * A plan file also lists the advertiser's audiences (never a raw customer file); the CSV has no place for them.
 */
export function exportContent(account: EntitySet, advertiserId: string, name: ExportFormat, audiences: readonly Audience[] = []): string {
  return FORMATS[name].write(entitySetOf(account), advertiserId, audiences)
}

/** "Northwind Outdoor (demo)" → "northwind-outdoor"; asides in brackets are not part of the name. */
export function fileSlug(name: string): string {
  return (
    name
      .replace(/\([^)]*\)/g, '')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'account'
  )
}

export interface TransferDeps {
  accounts: AccountService
  /** The advertiser's display name, for file names; null if unknown. */
  advertiserName: (advertiserId: string) => string | null
  now: () => Date
}

/** Export to and import from files, on top of the account store. */
export function createAccountTransfer(deps: TransferDeps) {
  const catalogueOf = (advertiserId: string) => openAudienceCatalogue(deps.accounts.dirOf(advertiserId))
  /**
   * A plan's audiences are checked against the advertiser's audience list too: the app's Import has no plan
   * folder to read a customer file's CSV from, so a customer-file draft needs its hashed file in the store.
   */
  const parse = (advertiserId: string, name: ExportFormat, content: string) => {
    const r = FORMATS[name].parse(content, { advertiserId, newId: () => `${LOCAL_ID_PREFIX}${randomUUID()}` })
    // Seen in the preview, not first at apply: an entry that would change an existing object's family is an error.
    const store = deps.accounts.store(advertiserId)
    for (const kind of KINDS) {
      const list = entitiesOf(r, kind)
      for (const e of [...list]) {
        const conflict = familyConflict(kind, idOf(kind, e), (k, id) => store.workingEntity(k, id))
        if (!conflict) continue
        r.errors.push({ row: `${kind} ${idOf(kind, e)}`, field: 'campaign_automation_type', message: conflict })
        // Not one of the valid rows: "valid rows only" leaves it out.
        list.splice(list.indexOf(e), 1)
        r.validRows = Math.max(0, r.validRows - 1)
      }
    }
    if (r.audiences?.length) {
      const problems = planAudienceProblems(r.audiences, catalogueOf(advertiserId))
      r.errors.push(...problems)
      r.audiences = r.audiences.filter((a) => !problems.some((p) => p.row.toString().startsWith(`${a.path}.`)))
    }
    return r
  }

  return {
    export(advertiserId: string, name: ExportFormat): { fileName: string; content: string } {
      const f = FORMATS[name]
      const snap = deps.accounts.open(advertiserId)
      const base = fileSlug(deps.advertiserName(advertiserId) ?? `advertiser ${advertiserId}`)
      const day = deps.now().toISOString().slice(0, 10)
      const content = exportContent(snap, advertiserId, name, name === 'json' ? catalogueOf(advertiserId).list() : [])
      return { fileName: `${base}-${day}.${f.extension}`, content }
    },

    preview(advertiserId: string, name: ExportFormat, content: string): ImportPreview {
      const r = parse(advertiserId, name, content)
      return {
        format: name,
        // Manual and Smart+ together, per level, as the buyer counts them.
        campaigns: r.campaigns.length + r.smartPlusCampaigns.length,
        adgroups: r.adgroups.length + r.smartPlusAdgroups.length,
        ads: r.ads.length + r.smartPlusAds.length,
        errors: r.errors,
        validRows: r.validRows,
        totalRows: r.totalRows,
      }
    },

    /** One undo step: entities with a known id replace it, the others are created. */
    apply(advertiserId: string, name: ExportFormat, content: string, validRowsOnly: boolean): AccountDelta {
      const r = parse(advertiserId, name, content)
      if (r.errors.length > 0 && !validRowsOnly) {
        const n = r.errors.length
        throw new ServiceError(
          'INVALID_REQUEST',
          `The file has ${n} error${n === 1 ? '' : 's'}; nothing was imported. Fix the file, or import the ${r.validRows} valid row${r.validRows === 1 ? '' : 's'} only.`,
        )
      }
      const what = countsPhrase(Object.fromEntries(KINDS.map((k) => [k, entitiesOf(r, k).length])))
      // The audiences first, so the ad groups' references resolve; drafts posted since are followed to TikTok's ids.
      const audiences = importPlanAudiences(r.audiences ?? [], catalogueOf(advertiserId))
      return deps.accounts.store(advertiserId).upsert(withAudienceIds(r, audiences.posted), `Import ${what || 'nothing'}`)
    },
  }
}
