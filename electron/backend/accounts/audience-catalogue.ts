/**
 * The advertiser's custom audiences, kept beside the account in `<account folder>/audiences/`:
 * `catalogue.json` lists them (TikTok's fields, shared/audiences/schemas.ts), and a customer-file
 * audience drafted here has its *hashed* file next to it (`<audience_id>.hashed.csv`) until it is
 * posted. The raw file never reaches this folder: the renderer hashes it in a worker and sends only
 * the hashed text and the counts.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { AudienceSchema, type Audience } from '#shared/audiences/schemas'
import { ServiceError } from '../app/service-error'
import { writeFileAtomic } from '../storage/atomic-write'

const CatalogueFileSchema = z.object({ audiences: z.array(AudienceSchema) })

export const audienceDirOf = (accountDir: string) => join(accountDir, 'audiences')

export function openAudienceCatalogue(accountDir: string) {
  const dir = audienceDirOf(accountDir)
  const file = join(dir, 'catalogue.json')

  function list(): Audience[] {
    if (!existsSync(file)) return []
    let json: unknown
    try {
      json = JSON.parse(readFileSync(file, 'utf8'))
    } catch (error) {
      throw new ServiceError('STORAGE', `The audience list ${file} cannot be read (${(error as Error).message}); it was left as it is.`)
    }
    const parsed = CatalogueFileSchema.safeParse(json)
    // A file that does not fit is reported, never overwritten: nothing the user made is lost.
    if (!parsed.success) throw new ServiceError('STORAGE', `The audience list ${file} is not in Adwright's format; it was left as it is.`)
    return parsed.data.audiences
  }

  function write(audiences: Audience[]) {
    mkdirSync(dir, { recursive: true })
    writeFileAtomic(file, JSON.stringify({ audiences }, null, 2))
  }

  /** Adds the audience, or replaces the one with its id; answers the new list. */
  function save(a: Audience): Audience[] {
    const rest = list().filter((x) => x.audience_id !== a.audience_id)
    const next = [...rest, a]
    write(next)
    return next
  }

  /**
   * A customer-file audience with its hashed file: the file is written first and signed (MD5, TikTok's
   * `file_signature`), so a list entry never points at a file that is not there.
   */
  function saveCustomerFile(a: Extract<Audience, { audience_type: 'CUSTOMER_FILE' }>, hashed: string): Audience[] {
    mkdirSync(dir, { recursive: true })
    writeFileAtomic(hashedFileOf(a.audience_id), hashed)
    const file_signature = createHash('md5').update(hashed).digest('hex')
    const hashing = a.hashing ? { ...a.hashing, file_signature } : undefined
    return save({ ...a, ...(hashing ? { hashing } : {}) })
  }

  const hashedFileOf = (id: string) => join(dir, `${id}.hashed.csv`)

  /** A posted draft: the entry moves to TikTok's id (in place, keeping the list's order); its hashed file stays for a repost. */
  function replace(oldId: string, a: Audience): Audience[] {
    const next = list().map((x) => (x.audience_id === oldId ? a : x))
    write(next)
    return next
  }

  return { list, save, saveCustomerFile, replace, write, hashedFileOf, byId: () => new Map(list().map((a) => [a.audience_id, a])) }
}
export type AudienceCatalogueFile = ReturnType<typeof openAudienceCatalogue>
