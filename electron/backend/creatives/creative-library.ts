/**
 * The advertiser's creative library: one small JSON record per creative in
 * `<account folder>/creatives/`, named by the file's MD5. The record points at
 * the buyer's own file instead of copying it (docs/ARCHITECTURE.md, "Creatives"):
 * a record is written only after the file was hashed and read, so an add that
 * fails or is killed leaves nothing behind, and a re-add of the same bytes finds
 * the same record.
 */
import { createHash } from 'node:crypto'
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { LibraryCreativeSchema, type LibraryCreative } from '#shared/creatives/creative'
import { creativeLookup, type CreativeLookup } from '#shared/domain/validation/creative-rules'
import type { Now } from '#shared/time/clock'
import { ServiceError } from '../app/service-error'
import { writeFileAtomic } from '../storage/atomic-write'
import { MediaFileError, readMediaFacts } from './media-facts'

/** TikTok's upload limit (notes tiktok-api-2026.md §5): a larger file could never be used, so it is not added. */
export const MAX_CREATIVE_BYTES = 500 * 1024 * 1024

export type AddOutcome = { path: string; added: LibraryCreative; duplicate: boolean } | { path: string; refused: string }

export type SourceState = 'ok' | 'missing' | 'changed'

async function md5Of(path: string, onBytes?: (n: number) => void): Promise<string> {
  const hash = createHash('md5')
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
    hash.update(chunk as Buffer)
    onBytes?.((chunk as Buffer).length)
  }
  return hash.digest('hex')
}

export function openCreativeLibrary(accountDir: string, now: Now) {
  const dir = join(accountDir, 'creatives')
  const recordPath = (signature: string) => join(dir, `${signature}.json`)

  function read(signature: string): LibraryCreative | null {
    const path = recordPath(signature)
    if (!existsSync(path)) return null
    const parsed = LibraryCreativeSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')))
    return parsed.success ? parsed.data : null
  }

  function write(c: LibraryCreative) {
    mkdirSync(dir, { recursive: true })
    writeFileAtomic(recordPath(c.signature), JSON.stringify(c))
  }

  async function addOne(path: string, onBytes?: (n: number) => void): Promise<AddOutcome> {
    const full = resolve(path)
    let stat
    try {
      stat = statSync(full)
    } catch {
      return { path, refused: 'The file does not exist or cannot be read.' }
    }
    if (!stat.isFile()) return { path, refused: 'Not a regular file (a folder, device or pipe cannot be a creative).' }
    if (stat.size === 0) return { path, refused: 'The file is empty.' }
    if (stat.size > MAX_CREATIVE_BYTES)
      return { path, refused: `The file is larger than TikTok’s 500 MB limit for creatives (${(stat.size / 1024 / 1024).toFixed(1)} MB).` }
    const signature = await md5Of(full, onBytes)
    const existing = read(signature)
    if (existing && existsSync(existing.sourcePath)) return { path, added: existing, duplicate: true }
    let facts
    try {
      facts = await readMediaFacts(full, stat.size)
    } catch (error) {
      return { path, refused: error instanceof MediaFileError ? error.message : `The file could not be read as media: ${String(error)}` }
    }
    const creative: LibraryCreative = {
      signature,
      fileName: basename(full),
      sourcePath: full,
      sourceModifiedMs: stat.mtimeMs,
      addedAt: existing?.addedAt ?? now().toISOString(),
      facts,
      tags: existing?.tags ?? [],
      // The same bytes: what TikTok said of them still holds.
      ...(existing?.tiktokId ? { tiktokId: existing.tiktokId } : {}),
      ...(existing?.verdict ? { verdict: existing.verdict } : {}),
      ...(existing?.uploadSentAt ? { uploadSentAt: existing.uploadSentAt } : {}),
    }
    write(creative)
    return { path, added: creative, duplicate: existing !== null }
  }

  return {
    dir,
    /** Adds files one by one; `onProgress` hears the bytes hashed so far out of the total. */
    async add(paths: readonly string[], onProgress?: (done: number, total: number) => void): Promise<AddOutcome[]> {
      const total = paths.reduce((n, p) => {
        try {
          return n + statSync(p).size
        } catch {
          return n
        }
      }, 0)
      let done = 0
      const out: AddOutcome[] = []
      for (const p of paths) out.push(await addOne(p, (n) => onProgress?.((done += n), total)))
      return out
    },
    get: read,
    /** Rewrites one record with `change` applied (tags, TikTok's id and verdict); null when there is no such creative. */
    update(signature: string, change: (c: LibraryCreative) => LibraryCreative): LibraryCreative | null {
      const c = read(signature)
      if (!c) return null
      const next = LibraryCreativeSchema.parse(change(c))
      write(next)
      return next
    },
    /** Every readable record; a damaged record is skipped and named, so one bad file never hides the library. */
    list(): { creatives: LibraryCreative[]; damaged: string[] } {
      if (!existsSync(dir)) return { creatives: [], damaged: [] }
      const creatives: LibraryCreative[] = []
      const damaged: string[] = []
      for (const name of readdirSync(dir)) {
        if (!/^[0-9a-f]{32}\.json$/.test(name)) continue
        try {
          const parsed = LibraryCreativeSchema.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')))
          if (parsed.success) creatives.push(parsed.data)
          else damaged.push(name)
        } catch {
          damaged.push(name)
        }
      }
      return { creatives: creatives.sort((a, b) => a.fileName.localeCompare(b.fileName)), damaged }
    },
    /** Whether each creative's file is still where it was, unchanged: reported when the library opens, not at post time. */
    sourceState(c: LibraryCreative): SourceState {
      try {
        const s = statSync(c.sourcePath)
        return s.isFile() && s.mtimeMs === c.sourceModifiedMs ? 'ok' : 'changed'
      } catch {
        return 'missing'
      }
    },
    /** The library as validation reads it (shared/domain/validation/creative-rules.ts): each creative with its file's state. */
    lookup(): CreativeLookup {
      return creativeLookup(this.list().creatives.map((creative) => ({ creative, sourceState: this.sourceState(creative) })))
    },
    /** Removes a creative no ad uses; `usedBy` is the number of ads that reference it. */
    remove(signature: string, usedBy: number): void {
      if (usedBy > 0)
        throw new ServiceError('CONFLICT', `This creative is used by ${usedBy} ad${usedBy === 1 ? '' : 's'}; remove it from them first.`)
      rmSync(recordPath(signature), { force: true })
    },
  }
}
export type CreativeLibrary = ReturnType<typeof openCreativeLibrary>
