/**
 * The links TikTok puts in its material answers — a video's `video_cover_url`, an image's `image_url` ([SDK]
 * FileApi.md; notes tiktok-api-2026.md §4) and a TikTok post's `video_info.poster_url` ([BUB] VideoInfo.PosterURL:
 * "valid for an hour") — and the files behind them. At TikTok these are signed CDN links that
 * need no Access-Token and expire, which is why a client copies covers at pull time rather than keeping the link.
 * The sandbox serves them beside its API on the same host, built from the request's own origin at answer time
 * (the embedded sandbox's port changes between runs, so a stored link would go stale).
 *
 * The sandbox cannot draw a frame of a video (it ships no decoder), so every cover and image link answers the same
 * small JPEG, made once with:
 *   ffmpeg -f lavfi -i "gradients=s=90x160:c0=0x2b2d42:c1=0xef233c:seed=7:type=linear" -frames:v 1 -q:v 8 cover.jpg
 */
import { DEMO_ADVERTISERS } from '#shared/domain/demo-account'
import { demoIdentities, demoSparkPosts } from '#shared/domain/demo/index'
import type { HandlerContext } from './handler-kit'
import { materialsOf } from './material-store'
import type { SandboxState } from './sandbox-state'

export const MATERIAL_CDN_PATH = '/sandbox-cdn/'

const COVER_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAgAAAQABAAD//gAQTGF2YzU5LjM3LjEwMAD/2wBDAAgQEBMQExYWFhYWFhoYGhsbGxoaGhobGxsdHR0iIiIdHR0bGx0dICAiIiUmJSMjIiMmJigoKDAwLi44ODpFRVP/xABXAAEBAQEBAQEAAAAAAAAAAAACAwAFAQQGAQADAQEBAQAAAAAAAAAAAAADAgQBAAYFEAEAAAAAAAAAAAAAAAAAAAAAEQEBAAAAAAAAAAAAAAAAAAAAEf/AABEIAKAAWgMBEgACEgADEgD/2gAMAwEAAhEDEQA/APx4JWvf0KqgVqihVUCtU0KqCVqih1QSGUUKqAQymhVUCGUUKqCQyihVQSGU0KqCRqihVQCtU0KqAUwwdcoFpnlaFVQIZTQaqBDKaFVBI1RQ6oJWqKFVAK1TQqqBDKKFVBIZTQqoJDKKFVAI1RQ6qBWqKFVAKYehVygWmeVoVVAhlNBqoEMpoVUEjVNCqglaooVUArVNCqoFaooVUErVNCqgkMooVUAhlNCqoEMooVUAhlFCrlAua8pQqqBDKaDVQIZTQqoJDKaFVBI1RQqoBWqaFVQK1RQqoJWqaFVBIZRQqoBDKaFVQIZRQqoBWqKFXKBc15ShVQSGU0GqCQymhVQSGU0KqCQyihVQCGU0KqCRqihVQStU0KqAVqihVUCtU0KqgQyihVQCtUUKuUC5rylCqglapoVUErVFCqgkMpoVUAhlFCqoEMpoVUEhlFCqgkMpoVUAhlFCqoEapoVVArVFCqgFaooVcoVzXlKEYlapoVUErVFCqglapoVUArVFCqoEMpoVUEhlFCqgkMpoVUAhlFCqoEapoVVArVFCqgFMooVcxljnmHMznNY9eMaekMStHoSgFaooVVAhlNCqgkMooVUEhlNCqgEMooVVAhlNCqoEaooVUAplFCfCylz4TmZznOZnOc5mc5zmZzmsIWNEoZiVo9CqgkMpoVUAhlFCqoEMpoVVAhlFCqgFaooT5mGc+Y5mc5zmZznOZnOc5mc5zmZznOZnOc5mc5rCEphKGoBDKKFVBIZRQ6oBDD0J/9k=',
  'base64',
)

const originOf = (ctx: Pick<HandlerContext, 'origin'>) => ctx.origin ?? 'http://127.0.0.1'

export const coverUrl = (ctx: Pick<HandlerContext, 'origin'>, videoId: string) =>
  `${originOf(ctx)}${MATERIAL_CDN_PATH}covers/${encodeURIComponent(videoId)}.jpg`
export const imageUrl = (ctx: Pick<HandlerContext, 'origin'>, imageId: string) =>
  `${originOf(ctx)}${MATERIAL_CDN_PATH}images/${encodeURIComponent(imageId)}.jpg`
export const posterUrl = (ctx: Pick<HandlerContext, 'origin'>, itemId: string) =>
  `${originOf(ctx)}${MATERIAL_CDN_PATH}posters/${encodeURIComponent(itemId)}.jpg`

/** Every post the demo identities have (identity-video-route.ts serves them), by item id. */
let demoPostIds: Set<string> | null = null
const isDemoPost = (itemId: string) => {
  demoPostIds ??= new Set(DEMO_ADVERTISERS.flatMap((a) => demoIdentities(a.advertiser_id)).flatMap((i) => demoSparkPosts(i).map((p) => p.item_id)))
  return demoPostIds.has(itemId)
}

/** The JPEG behind a link, or null for a material the sandbox does not hold (TikTok's CDN answers 404). */
export function materialFile(state: SandboxState, pathname: string): Buffer | null {
  const m = /^\/sandbox-cdn\/(covers|images|posters)\/([^/]+)\.jpg$/.exec(pathname)
  if (!m) return null
  let id: string
  try {
    id = decodeURIComponent(m[2]!)
  } catch {
    return null
  }
  const materials = materialsOf(state)
  const known = m[1] === 'covers' ? !!materials.videos[id] : m[1] === 'images' ? !!materials.images[id] : isDemoPost(id)
  return known ? COVER_JPEG : null
}
