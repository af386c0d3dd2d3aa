import { useEffect, useState } from 'react'
import { NoticeBanner } from '../ui/NoticeBanner'
import { useSettingsStore } from '../settings/use-settings-store'
import { AudienceList } from './AudienceList'
import { CreateAudienceForm } from './CreateAudienceForm'
import { useAudienceStore } from './use-audience-store'

/** The advertiser's audiences: the list, and a form to draft a new one. */
export function AudiencesSection() {
  const advertiserId = useSettingsStore((s) => s.settings?.activeAdvertiserId)
  const error = useAudienceStore((s) => s.error)
  const [creating, setCreating] = useState(false)
  useEffect(() => {
    if (advertiserId) void useAudienceStore.getState().load(advertiserId)
  }, [advertiserId])
  return (
    <section className="audiences" aria-labelledby="audiences-h">
      <div className="audiences-head">
        <h2 id="audiences-h">Custom audiences</h2>
        {!creating && (
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            New audience
          </button>
        )}
      </div>
      {error && <NoticeBanner tone="error" message={error} />}
      <div className="card">
        <AudienceList />
      </div>
      {creating && <CreateAudienceForm onDone={() => setCreating(false)} />}
    </section>
  )
}
