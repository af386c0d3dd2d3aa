import { useRef, useState } from 'react'
import type { IdentityType } from '#shared/domain/enums'
import type { Problem } from '#shared/domain/problems'
import { isPublicPost, sparkPostKey, type CachedSparkPost } from '#shared/domain/spark-posts'
import { clock } from '../creatives/model/library-view'
import { Messages, TextField } from './fields'
import { enumLabel } from './labels'
import { useProfileStore } from './use-profile-store'
import { mediaUrl } from '../creatives/use-creatives-store'
import '../creatives/creatives.css'
import './spark-posts.css'

export interface SparkPostPickerProps {
  /** The Spark identity the ad posts as; its posts are those the last pull cached (`profile.sparkPosts`). */
  identity: { identity_type: IdentityType; identity_id: string }
  /** The picked post's id (`tiktok_item_id`). */
  value: string | undefined
  /** A post picked, or null when the pasted id was emptied. */
  onPick(itemId: string | null): unknown
  problems?: Problem[]
  /** Names the id field and the list, unique on the page (several Smart+ creatives may each have one). */
  field?: string
}

/**
 * The cover the pull copied to this machine (`coverKey`, served as the media URL's `/cover`). TikTok's own cover URLs
 * are remote https links that expire after an hour ([BUB] VideoInfo.PosterURL) and the CSP blocks them, so a post
 * whose cover was not copied gets the plain box rather than a refused request; a cover that fails to load does too.
 */
function PostCover({ advertiserId, coverKey }: { advertiserId: string | null; coverKey: string | undefined }) {
  const [failed, setFailed] = useState(false)
  const url = advertiserId && coverKey ? mediaUrl(advertiserId, coverKey, 'cover') : ''
  if (!url || failed)
    return (
      <span className="spark-post-cover spark-post-cover-none" aria-hidden="true">
        ▶
      </span>
    )
  return <img className="spark-post-cover" src={url} alt="" loading="lazy" decoding="async" onError={() => setFailed(true)} />
}

/** TikTok's post statuses ([BUB] enum TikTokItemStatus), said the way a buyer would. */
const STATUS_WORDS: Record<string, string> = {
  ONLY_AUTHOR_SEE: 'Private',
  ITEM_STATUS_ONLY_AUTHOR_SEE: 'Private',
  ONLY_FRIEND_SEE: 'Friends only',
  STATUS_ONLY_FRIEND_SEE: 'Friends only',
  REVIEW_PENDING: 'In review',
  USER_DELETE: 'Deleted',
  AUDIT_DELETE: 'Removed by review',
  ONLY_USER_PASS: 'Removed by review',
}

const facts = (p: CachedSparkPost) =>
  [p.duration !== undefined ? clock(p.duration) : '', isPublicPost(p) ? '' : (STATUS_WORDS[p.status!] ?? enumLabel(p.status!))]
    .filter(Boolean)
    .join(' · ')

/**
 * Picks the TikTok post a Spark "pull" ad promotes (`tiktok_item_id`) from the posts the last pull cached for the
 * ad's identity, so it works offline: cover, caption (two lines) and length. A listbox of option buttons like
 * CreativePicker, with arrow keys, Home and End moving between posts; a typed id stays possible under "Paste a post
 * id instead". Used by the manual ad editor; exported for Smart+ creatives (each with its own identity).
 */
export function SparkPostPicker({ identity, value, onPick, problems = [], field = 'tiktok_item_id' }: SparkPostPickerProps) {
  const key = sparkPostKey(identity)
  const posts = useProfileStore((s) => s.profile.sparkPosts[key])
  const advertiserId = useProfileStore((s) => s.advertiserId)
  const failure = useProfileStore((s) => s.profile.sparkPostErrors[key])
  const list = useRef<HTMLDivElement>(null)
  const labelId = `${field}-picker-label`
  const known = !!value && !!posts?.some((p) => p.item_id === value)
  const focusable = posts?.findIndex((p) => p.item_id === value) ?? -1
  const move = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const options = [...(list.current?.querySelectorAll<HTMLButtonElement>('[role="option"]') ?? [])]
    const at = options.indexOf(document.activeElement as HTMLButtonElement)
    const next = { ArrowDown: at + 1, ArrowRight: at + 1, ArrowUp: at - 1, ArrowLeft: at - 1, Home: 0, End: options.length - 1 }[e.key]
    if (next === undefined || options.length === 0) return
    e.preventDefault()
    options[Math.max(0, Math.min(options.length - 1, next))]!.focus()
  }
  return (
    <div className="field spark-post-picker">
      <span className="field-label" id={labelId}>
        TikTok post
      </span>
      {!posts?.length ? (
        <p className="hint" role="status">
          No TikTok posts cached for this account — pull the account (Sync → Get recent changes) to list the posts it can promote.
          {failure && <> The last pull could not list them: {failure}</>}
        </p>
      ) : (
        <>
          {failure && <p className="hint">The last pull could not refresh these posts ({failure}); they are from an earlier pull.</p>}
          <div ref={list} className="creative-choices" role="listbox" aria-labelledby={labelId} onKeyDown={move}>
            {posts.map((p, i) => (
              <button
                key={p.item_id}
                type="button"
                role="option"
                aria-selected={p.item_id === value}
                // One tab stop for the list: the picked post, else the first.
                tabIndex={i === (focusable >= 0 ? focusable : 0) ? 0 : -1}
                className="creative-choice spark-post"
                title={p.text || p.item_id}
                onClick={() => void onPick(p.item_id)}
              >
                <PostCover advertiserId={advertiserId} coverKey={p.coverKey} />
                <span className="spark-post-text">{p.text || `Post ${p.item_id}`}</span>
                <span className="muted">{facts(p)}</span>
              </button>
            ))}
          </div>
        </>
      )}
      {value && !known && posts?.length ? (
        <p className="hint">Post {value} is not among the cached posts of this account; pull the account if it is new.</p>
      ) : null}
      <Messages field={`${field}-picker`} problems={problems} />
      <details className="advanced-id" open={!!value && !known}>
        <summary>Paste a post id instead</summary>
        <TextField field={field} label="TikTok post id" value={value ?? ''} problems={[]} onCommit={(v) => onPick(v.trim() || null)} />
      </details>
    </div>
  )
}
