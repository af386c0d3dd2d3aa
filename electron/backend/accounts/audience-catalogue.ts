/**
 * The advertiser's custom audiences, kept beside the account in `<account folder>/audiences/`:
 * `catalogue.json` lists them (TikTok's fields, shared/audiences/schemas.ts), and a customer-file
 * audience drafted here has its *hashed* file next to it (`<audience_id>.hashed.csv`) until it is
 * posted. The raw file never reaches this folder: the renderer hashes it in a worker and sends only
 * the hashed text and the counts.
 * `posts.json` beside it remembers, per local draft, when a create left without an answer (`sent`) and
 * which TikTok id a posted draft became (`posted`), so a lost answer is read back rather than created
 * again, and a plan that still names the local id finds TikTok's (sync/post-audiences.ts, cli/push).
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { AudienceSchema, type Audience } from '#shared/audiences/schemas'
import { ServiceError } from '../app/service-error'
import { writeFileAtomic } from '../storage/atomic-write'

const CatalogueFileSchema = z.object({ audiences: z.array(AudienceSchema) })
const PostsFileSchema = z.object({ sent: z.record(z.string(), z.string()).default({}), posted: z.record(z.string(), z.string()).default({}) })
type Posts = z.infer<typeof PostsFileSchema>

export const audienceDirOf = (accountDir: string) => join(accountDir, 'audiences')

export function openAudienceCatalogue(accountDir: string) {
  const dir = audienceDirOf(accountDir)
  const file = join(dir, 'catalogue.json')
  const postsFile = join(dir, 'posts.json')

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

  function posts(): Posts {
    if (!existsSync(postsFile)) return { sent: {}, posted: {} }
    let json: unknown
    try {
      json = JSON.parse(readFileSync(postsFile, 'utf8'))
    } catch (error) {
      throw new ServiceError('STORAGE', `The audience post record ${postsFile} cannot be read (${(error as Error).message}); it was left as it is.`)
    }
    const parsed = PostsFileSchema.safeParse(json)
    // Losing it could create an audience twice: refuse to guess.
    if (!parsed.success) throw new ServiceError('STORAGE', `The audience post record ${postsFile} is not in Adwright's format; it was left as it is.`)
    return parsed.data
  }

  function writePosts(edit: (p: Posts) => void) {
    const p = posts()
    edit(p)
    mkdirSync(dir, { recursive: true })
    writeFileAtomic(postsFile, JSON.stringify(p, null, 2))
  }

  /**
   * A posted draft: the entry moves to TikTok's id (in place, keeping the list's order); its hashed file stays for a repost.
   * The local id's new id is recorded first: a crash between the two writes leaves a draft whose `sent` mark makes the
   * next post read TikTok back, never one that a plan could post again.
   */
  function replace(oldId: string, a: Audience): Audience[] {
    if (oldId !== a.audience_id)
      writePosts((p) => {
        p.posted[oldId] = a.audience_id
        delete p.sent[oldId]
      })
    const next = list().map((x) => (x.audience_id === oldId ? a : x))
    write(next)
    return next
  }

  return {
    list,
    save,
    saveCustomerFile,
    replace,
    write,
    hashedFileOf,
    byId: () => new Map(list().map((a) => [a.audience_id, a])),
    /** When a create of this draft left without a definite answer (ISO time), if one did. */
    sentAt: (localId: string): string | undefined => posts().sent[localId],
    /** Written before the create leaves, durably, so a crash mid-request still reads TikTok back next time. */
    markSent: (localId: string, at: string) => writePosts((p) => void (p.sent[localId] = at)),
    /** The create was refused, or its audience found: nothing to read back any more. */
    clearSent: (localId: string) => writePosts((p) => void delete p.sent[localId]),
    /** TikTok's id of a draft posted earlier. */
    postedIdOf: (localId: string): string | undefined => posts().posted[localId],
  }
}
export type AudienceCatalogueFile = ReturnType<typeof openAudienceCatalogue>
