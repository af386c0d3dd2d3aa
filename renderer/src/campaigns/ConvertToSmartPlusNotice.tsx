import { useState } from 'react'
import { isLocalId, type Ad, type AdGroup, type Campaign } from '#shared/domain/entities'
import { convertToSmartPlus, isSmartPlusObjective } from '#shared/domain/smart-plus/convert'
import { CREATION_PATHS, creationPathFor } from '#shared/domain/smart-plus/creation-path'
import { now } from '../app/clock'
import { enumLabel } from './labels'
import { convertToSmartPlusDraft } from './smart-plus-commands'
import { useAccountStore } from './use-account-store'
import './smart-plus.css'

/** The last day manual creation works for `objective`, from the creation-path table (the day before Smart+ takes over). */
function lastManualDay(objective: string): string | undefined {
  const row = CREATION_PATHS.find((r) => r.objective === objective && r.path === 'smart_plus')
  return row && new Date(Date.parse(row.from) - 1).toISOString().slice(0, 10)
}

/** The objectives the table moves to Smart+, in words ("web conversions, app promotion and lead generation"), and from when. */
function endOfManual(): { objectives: string; day: string | undefined } {
  const rows = CREATION_PATHS.filter((r) => r.path === 'smart_plus')
  const names = rows.map((r) => enumLabel(r.objective).toLowerCase())
  const objectives = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '')
  return { objectives, day: rows[0] && lastManualDay(rows[0].objective) }
}

/** What the conversion would drop, computed as the back end will do it (the ids are throwaway: only `lost` is read). */
function previewLost(c: Campaign): string[] {
  const s = useAccountStore.getState()
  const groups: AdGroup[] = [...s.adgroups.values()].filter((g) => g.campaign_id === c.campaign_id)
  const ids = new Set(groups.map((g) => g.adgroup_id))
  const ads: Ad[] = [...s.ads.values()].filter((a) => ids.has(a.adgroup_id))
  let n = 0
  return convertToSmartPlus(c, groups, ads, () => `local-preview-${++n}`, now()).lost
}

/**
 * TikTok ends manual creation for the Smart+ objectives (notes tiktok-api-2026.md §1; creation-path.ts). On an
 * unposted manual draft of such an objective this says so — before the date as a deadline, after it as a block —
 * and offers Convert to Smart+, showing first what would not carry over. Other objectives get a quieter note.
 */
export function ConvertToSmartPlusNotice({ campaign: c }: { campaign: Campaign }) {
  const [lost, setLost] = useState<string[] | null>(null)
  if (!isLocalId(c.campaign_id)) return null
  const objective = enumLabel(c.objective_type).toLowerCase()
  if (!isSmartPlusObjective(c.objective_type)) {
    const end = endOfManual()
    return (
      <p className="sp-notice note" role="note">
        TikTok ends manual creation of {end.objectives} campaigns after {end.day} and may end it for {objective} campaigns too; Adwright will say so
        here if it does.
      </p>
    )
  }
  const day = lastManualDay(c.objective_type)
  const ended = creationPathFor(c.objective_type, now()) === 'smart_plus'
  return (
    <div className="sp-notice" role="note" aria-labelledby="sp-convert-h">
      <p id="sp-convert-h">
        <strong>
          {ended
            ? `TikTok no longer creates manual ${objective} campaigns: this draft can no longer be posted.`
            : `TikTok stops creating manual ${objective} campaigns after ${day}.`}
        </strong>{' '}
        {ended ? 'Convert it to Smart+ to post it.' : 'Convert this draft to Smart+ to be able to post it after that date.'}
      </p>
      {lost === null ? (
        <div className="sp-actions">
          <button type="button" className="primary" onClick={() => setLost(previewLost(c))}>
            Convert to Smart+…
          </button>
        </div>
      ) : (
        <div role="group" aria-labelledby="sp-lost-h">
          <p id="sp-lost-h">
            {lost.length
              ? 'Converting replaces the draft with a Smart+ campaign, ad groups and ads. This does not carry over:'
              : 'Converting replaces the draft with a Smart+ campaign, ad groups and ads. Everything carries over.'}
          </p>
          {lost.length > 0 && (
            <ul aria-label="What does not carry over">
              {lost.map((l, i) => (
                <li key={i}>{l}</li>
              ))}
            </ul>
          )}
          <div className="sp-actions">
            <button type="button" className="primary" onClick={() => void convertToSmartPlusDraft(c.campaign_id, c.campaign_name)}>
              Convert to Smart+
            </button>
            <button type="button" onClick={() => setLost(null)}>
              Cancel
            </button>
          </div>
          <p className="hint">Undo (Ctrl/⌘+Z) brings the manual draft back.</p>
        </div>
      )}
    </div>
  )
}
