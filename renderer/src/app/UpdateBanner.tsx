import { useEffect, useState } from 'react'
import { call, messageOf, subscribe } from '../api/client'
import { Icon } from '../ui/Icon'

/**
 * Offers to restart once the back end has downloaded an update. "Later" only
 * hides the offer: the update still installs when the user next quits.
 */
export function UpdateBanner() {
  const [version, setVersion] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(
    () =>
      subscribe('app:update-ready', (update) => {
        setVersion(update.version)
        setError(null)
      }),
    [],
  )

  if (!version) return null

  const restart = async () => {
    try {
      await call('app:restart-to-update')
    } catch (e) {
      setError(messageOf(e))
    }
  }

  return (
    <div className="notice notice-update" role="status" aria-label="Update ready">
      <Icon name="download" />
      <span>{error ?? `Adwright ${version} is ready. Restart to finish updating; your drafts are kept.`}</span>
      <button type="button" className="button button-primary" onClick={() => void restart()}>
        Restart now
      </button>
      <button type="button" className="button" onClick={() => setVersion(null)}>
        Later
      </button>
    </div>
  )
}
