/**
 * The advertiser's TikTok asset library as last pulled (shared/creatives/tiktok-media.ts), in `tiktok-media.json`,
 * and the covers copied from TikTok's links in `creatives/covers/<coverKey>.jpg`, both in the advertiser's folder.
 * A cache of TikTok's answers, like advertiser-profile.json: a damaged file reads as empty (the next pull fetches it
 * again) and a lost cover only means the list shows none until then.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { emptyTikTokMedia, TikTokMediaSchema, type TikTokMedia } from '#shared/creatives/tiktok-media'
import { writeFileAtomic } from '../storage/atomic-write'

export const TIKTOK_MEDIA_FILE = 'tiktok-media.json'

/** A cover at TikTok is a JPEG or PNG of a few hundred kilobytes; anything past this is not one. */
export const MAX_COVER_BYTES = 2 * 1024 * 1024

export const coverKeyOf = (tiktokId: string) => createHash('md5').update(tiktokId).digest('hex')

export function tiktokMediaStore(accountDir: string) {
  const file = join(accountDir, TIKTOK_MEDIA_FILE)
  const covers = join(accountDir, 'creatives', 'covers')
  const coverPath = (key: string) => join(covers, `${key}.jpg`)
  return {
    coverPath,
    hasCover: (key: string) => existsSync(coverPath(key)),
    load(): TikTokMedia {
      if (!existsSync(file)) return emptyTikTokMedia()
      try {
        return TikTokMediaSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
      } catch {
        return emptyTikTokMedia()
      }
    },
    save(media: TikTokMedia) {
      mkdirSync(accountDir, { recursive: true })
      writeFileAtomic(file, JSON.stringify(TikTokMediaSchema.parse(media)))
    },
    saveCover(key: string, bytes: Uint8Array) {
      mkdirSync(covers, { recursive: true })
      writeFileAtomic(coverPath(key), bytes)
    },
  }
}
export type TikTokMediaStore = ReturnType<typeof tiktokMediaStore>
