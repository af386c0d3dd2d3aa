/**
 * The identity rules of `/ad/create/`, from TikTok's docs, independent of the
 * client's own validation:
 * - Since January 2026 a new ad with `identity_type: CUSTOMIZED_USER` is refused
 *   in an ad group whose placements include TikTok (automatic placement, or
 *   selected placements with PLACEMENT_TIKTOK). Pangle-only and
 *   Global-App-Bundle-only ad groups are exempt, and so is an advertiser whose
 *   `/advertiser/info/` says `can_use_custom_identity: true`. Existing ads stay
 *   editable, so `/ad/update/` does not check it. [HELP-CI]
 *   about-changes-coming-to-custom-identity; [DOC 1739470744631298]; notes
 *   tiktok-api-2026.md §1.
 * - A BC_AUTH_TT identity is used through the Business Center sharing it, named
 *   in `identity_authorized_bc_id`. [SDK] adcreate_creatives.py; notes §4.
 * The error code TikTok answers with is not in the notes; 40002 (invalid
 * parameter) names the field like the other creative checks.
 */
import { isBlank, paramError } from './handler-kit'
import type { StoredObject } from './sandbox-state'

/** Automatic placement shows ads on TikTok; so do selected placements that list it. */
function onTikTok(adgroup: StoredObject): boolean {
  if (adgroup.placement_type === 'PLACEMENT_TYPE_AUTOMATIC') return true
  return Array.isArray(adgroup.placements) && adgroup.placements.includes('PLACEMENT_TIKTOK')
}

/** Checks one creative of a new ad against its ad group; `customIdentityAllowed` is the advertiser the sandbox plays. */
export function checkCreativeIdentity(c: unknown, index: number, adgroup: StoredObject, customIdentityAllowed: boolean): void {
  const p = c as Record<string, unknown>
  const at = (f: string) => `creatives[${index}].${f}`
  if (p.identity_type === 'BC_AUTH_TT' && isBlank(p.identity_authorized_bc_id))
    throw paramError(at('identity_authorized_bc_id'), 'Required when identity_type is BC_AUTH_TT.')
  if (p.identity_type !== 'CUSTOMIZED_USER' || customIdentityAllowed || !onTikTok(adgroup)) return
  throw paramError(
    at('identity_type'),
    'Custom identities can no longer be used for new ads on TikTok placements. Use a TikTok account identity (TT_USER, BC_AUTH_TT or AUTH_CODE).',
  )
}
