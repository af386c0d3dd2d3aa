/**
 * The demo identities' TikTok posts, as `/identity/video/get/` would list them:
 * served by the embedded sandbox and cached in a fresh demo account, so Spark
 * "pull" ads can be drafted offline. Field names: [BUB] model/identity/video_get.go
 * and model/ttvideo/info.go (`ItemInfo`, `VideoInfo`); notes tiktok-api-2026.md §4.
 * Values are invented and fixed (no clock, no randomness), newest post first.
 */
import type { CachedIdentity } from '../identities'
import { toCachedSparkPost, type SparkPosts, sparkPostKey } from '../spark-posts'

/** A post row as TikTok answers it (the subset the sandbox serves). */
export interface DemoSparkPost {
  item_id: string
  item_type: 'VIDEO'
  text: string
  status: string
  /** Unix seconds; TT_USER and BC_AUTH_TT listings page by it ([BUB] VideoGetResult.Cursor). Not a field of the row. */
  create_time: number
  video_info: {
    video_id: string
    file_name: string
    poster_url: string
    preview_url: string
    duration: number
    width: number
    height: number
    bit_rate: number
    size: number
    format: string
  }
}

const CAPTIONS = [
  'Ridge line at sunrise, 14 km in and still smiling',
  'Packing list for a wet weekend: what actually stays dry',
  'Trail shoes vs. hiking boots — we tested both on scree',
  'Three knots every hiker should know',
  'Behind the scenes at the Northwind workshop',
  'How we test waterproof jackets (spoiler: a lot of water)',
  'Five-minute camp breakfast',
  'Our quietest tent, on the windiest night of the year',
]

/** 2026-11-30 12:00:00 UTC: the newest demo post; each older one is a day earlier. */
const NEWEST = Date.UTC(2026, 10, 30, 12) / 1000

function posts(identityId: string, count: number, firstCaption: number): DemoSparkPost[] {
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(3, '0')
    const item_id = `7305${identityId.slice(-3)}000000000${n}`
    // Every seventh post is private to its author, so the picker's status line has something to show.
    const status = i % 7 === 6 ? 'ONLY_AUTHOR_SEE' : 'HESITATE_RECOMMEND'
    const portrait = i % 5 !== 4
    return {
      item_id,
      item_type: 'VIDEO',
      text: CAPTIONS[(firstCaption + i) % CAPTIONS.length]!,
      status,
      create_time: NEWEST - i * 86_400,
      video_info: {
        video_id: `v0c025demo${identityId.slice(-3)}${n}`,
        file_name: `post-${n}.mp4`,
        poster_url: `https://p16-sign.tiktokcdn.com/demo/cover-${item_id}.jpeg`,
        preview_url: `https://v16m.tiktokcdn.com/demo/preview-${item_id}.mp4`,
        duration: 9 + ((i * 7) % 50),
        width: portrait ? 1080 : 1920,
        height: portrait ? 1920 : 1080,
        bit_rate: 2_400_000,
        size: 4_000_000 + i * 10_000,
        format: 'mp4',
      },
    }
  })
}

/** How many posts each demo identity has: more than one page of 20 for the own account. */
const POST_COUNTS: Record<string, number> = { TT_USER: 24, BC_AUTH_TT: 3, AUTH_CODE: 2 }

/** The posts of one demo identity (demo-identities.ts), newest first; none for one that cannot pull videos. */
export function demoSparkPosts(identity: CachedIdentity): DemoSparkPost[] {
  if (!identity.can_pull_video) return []
  return posts(identity.identity_id, POST_COUNTS[identity.identity_type] ?? 0, identity.identity_type.length)
}

/** The posts of the demo identities given, as a fresh demo account caches them. */
export function demoCachedSparkPosts(identities: readonly CachedIdentity[]): SparkPosts {
  return Object.fromEntries(identities.filter((i) => i.can_pull_video).map((i) => [sparkPostKey(i), demoSparkPosts(i).map(toCachedSparkPost)]))
}
