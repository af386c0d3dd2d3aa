import { randomUUID } from 'node:crypto'
import type { AccountDelta, ExportFormat, ImportPreview } from '#shared/domain/account'
import { LOCAL_ID_PREFIX } from '#shared/domain/entities'
import { exportAccountCsv, parseAccountCsv } from '#shared/domain/csv/index'
import type { ImportOptions, ImportParseResult } from '#shared/domain/import-result'
import { exportPlan, parsePlan } from '#shared/domain/plan/index'
import type { Audience } from '#shared/audiences/schemas'
import { KINDS, entitiesOf, entitySetOf, type EntitySet } from '#shared/domain/entity-kinds'
import type { AccountService } from './account-service'
import { countsPhrase } from './store/edit-labels'
import { ServiceError } from '../app/service-error'
import { openAudienceCatalogue } from './audience-catalogue'

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
  const parse = (advertiserId: string, name: ExportFormat, content: string) =>
    FORMATS[name].parse(content, { advertiserId, newId: () => `${LOCAL_ID_PREFIX}${randomUUID()}` })

  return {
    export(advertiserId: string, name: ExportFormat): { fileName: string; content: string } {
      const f = FORMATS[name]
      const snap = deps.accounts.open(advertiserId)
      const base = fileSlug(deps.advertiserName(advertiserId) ?? `advertiser ${advertiserId}`)
      const day = deps.now().toISOString().slice(0, 10)
      const content = exportContent(snap, advertiserId, name, name === 'json' ? openAudienceCatalogue(deps.accounts.dirOf(advertiserId)).list() : [])
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
      return deps.accounts.store(advertiserId).upsert(r, `Import ${what || 'nothing'}`)
    },
  }
}
