/**
 * The buyer's go-ahead for a download that takes something away: a fingerprint
 * of exactly what it would remove or overwrite. The Sync page sends it back with
 * "Continue"; if TikTok or the account changed in between so that the download
 * would now take something else, the fingerprint differs and the buyer is asked again.
 */
import { createHash } from 'node:crypto'
import type { DownloadLoss, DownloadPreview } from '#shared/domain/sync'

export function confirmationOf(advertiserId: string, losses: DownloadLoss[]): string {
  const lines = losses.map((l) => `${l.loss} ${l.kind} ${l.id} ${l.fields.join(',')}`).sort()
  return createHash('sha256')
    .update(`${advertiserId}\n${lines.join('\n')}`)
    .digest('hex')
    .slice(0, 32)
}

/** Null when nothing would be lost or the buyer confirmed exactly these losses; else what to ask. */
export function previewUnlessConfirmed(advertiserId: string, losses: DownloadLoss[], confirmation: string | undefined): DownloadPreview | null {
  if (losses.length === 0) return null
  const expected = confirmationOf(advertiserId, losses)
  return confirmation === expected ? null : { advertiserId, losses, confirmation: expected }
}
