/**
 * Plan files may name an ad's creative (a manual ad's video and images, a Smart+ ad's creatives) by library signature (`library:<md5>`,
 * or the bare MD5 of a creative in the library) or by a local file path
 * (relative to the plan file). Paths are added to the advertiser's library and
 * replaced by their reference before the plan is read, so the ad names the
 * creative the same way the editor would; the post uploads it
 * (sync/upload-creatives.ts). A file that cannot be added is an error naming it.
 */
import { existsSync, statSync } from 'node:fs'
import { extname, isAbsolute, join } from 'node:path'
import { libraryRef } from '#shared/creatives/creative-ref'
import { IMAGE_SPEC, VIDEO_SPECS } from '#shared/creatives/spec-table'
import type { CreativeLibrary } from '../backend/creatives/creative-library'

const MEDIA = new Set([...Object.values(VIDEO_SPECS).flatMap((s) => s.extensions), ...IMAGE_SPEC.extensions])
const MD5 = /^[0-9a-f]{32}$/

type Json = Record<string, unknown>
const objects = (v: unknown): Json[] => (Array.isArray(v) ? v.filter((x): x is Json => x !== null && typeof x === 'object' && !Array.isArray(x)) : [])

export async function resolvePlanCreatives(text: string, planDir: string, library: CreativeLibrary): Promise<{ text: string; errors: string[] }> {
  let plan: unknown
  try {
    plan = JSON.parse(text)
  } catch {
    return { text, errors: [] } // parsePlan says what is wrong with it
  }
  const errors: string[] = []
  const resolve = async (value: unknown, where: string): Promise<unknown> => {
    if (typeof value !== 'string') return value
    if (MD5.test(value) && library.get(value)) return libraryRef(value)
    if (!MEDIA.has(extname(value).slice(1).toLowerCase())) return value
    const path = isAbsolute(value) ? value : join(planDir, value)
    if (!existsSync(path) || !statSync(path).isFile()) {
      errors.push(`${where}: the file ${value} does not exist (paths are relative to the plan file).`)
      return value
    }
    const [outcome] = await library.add([path])
    if (outcome && 'added' in outcome) return libraryRef(outcome.added.signature)
    errors.push(`${where}: ${value} cannot be added to the library: ${outcome && 'refused' in outcome ? outcome.refused : 'unknown error'}`)
    return value
  }
  const root = plan !== null && typeof plan === 'object' ? (plan as Json) : {}
  for (const c of objects(root.campaigns))
    for (const g of objects(c.adgroups))
      for (const ad of objects(g.ads)) {
        const where = `ad “${String(ad.ad_name ?? '')}”`
        if (ad.video_id !== undefined) ad.video_id = await resolve(ad.video_id, `${where} video_id`)
        if (Array.isArray(ad.image_ids)) ad.image_ids = await Promise.all(ad.image_ids.map((v: unknown) => resolve(v, `${where} image_ids`)))
        // A Smart+ ad names its media per creative (notes tiktok-api-2026.md §2): video_info.video_id, image_info[].web_uri.
        for (const [i, c] of objects(ad.creative_list).entries()) {
          const info = objects([c.creative_info])[0]
          const video = objects([info?.video_info])[0]
          if (video && video.video_id !== undefined) video.video_id = await resolve(video.video_id, `${where} creative ${i + 1} video_info`)
          for (const image of objects(info?.image_info)) image.web_uri = await resolve(image.web_uri, `${where} creative ${i + 1} image_info`)
        }
      }
  return { text: JSON.stringify(plan), errors }
}
