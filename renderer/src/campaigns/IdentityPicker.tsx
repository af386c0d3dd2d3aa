import type { IdentityType } from '#shared/domain/enums'
import { identityFields, isSparkIdentity, type CachedIdentity } from '#shared/domain/identities'
import type { Problem } from '#shared/domain/problems'
import { Messages, useOptimisticChoice } from './fields'
import { enumLabel } from './labels'
import { useProfileStore } from './use-profile-store'

const keyOf = (i: Pick<CachedIdentity, 'identity_type' | 'identity_id'>) => `${i.identity_type}:${i.identity_id}`

/**
 * Picks the identity an ad posts as from those the last pull cached
 * (`/identity/get/`), by display name and type. One choice sets the type, the
 * id and (for BC_AUTH_TT) the Business Center together, as one undo step. A
 * native select, so it works with the keyboard and screen readers as is. `ad` is a manual ad or a Smart+
 * creative (each creative has its own identity); `field` names the select when several are on one page.
 */
export function IdentityPicker({
  ad,
  problems,
  onPick,
  field = 'identity-picker',
  label = 'Post as',
}: {
  ad: { identity_type?: IdentityType; identity_id?: string }
  problems: Problem[]
  onPick(fields: Record<string, unknown>): unknown
  field?: string
  label?: string
}) {
  const identities = useProfileStore((s) => s.profile.identities)
  const current = ad.identity_id && ad.identity_type ? keyOf({ identity_type: ad.identity_type, identity_id: ad.identity_id }) : ''
  const [shown, change] = useOptimisticChoice(current, (key) => {
    const picked = identities.find((i) => keyOf(i) === key)
    // null clears a Business Center left over from a previous BC_AUTH_TT identity.
    if (picked) return onPick({ identity_authorized_bc_id: null, ...identityFields(picked) })
  })
  const known = identities.some((i) => keyOf(i) === shown)
  // Messages' id for this field, so the select is described by them.
  const id = `field-${field}`
  const msgId = `${id}-msg`
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {identities.length === 0 ? (
        <p id={id} className="hint" role="status">
          No identities cached — pull the account (Sync → Get recent changes) to list its TikTok accounts for Spark Ads.
        </p>
      ) : (
        <select
          id={id}
          value={shown}
          aria-describedby={problems.length ? msgId : undefined}
          aria-invalid={problems.some((p) => p.severity === 'error') || undefined}
          onChange={(e) => change(e.currentTarget.value)}
        >
          {!known && (
            <option value={shown}>{shown ? `Not in the cached list (${enumLabel(ad.identity_type ?? '')} ${ad.identity_id})` : 'Choose…'}</option>
          )}
          {identities.map((i) => (
            <option key={keyOf(i)} value={keyOf(i)}>
              {i.display_name} — {enumLabel(i.identity_type)}
              {isSparkIdentity(i.identity_type) ? ' (Spark)' : ''}
            </option>
          ))}
        </select>
      )}
      <Messages field={field} problems={problems} />
    </div>
  )
}
