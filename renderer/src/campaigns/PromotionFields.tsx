/**
 * What an ad group promotes, shown for the objectives TikTok asks it of
 * (shared/domain/promotion.ts): the promotion type, the app for app promotion,
 * and where leads are collected for lead generation.
 */
import type { AdGroup, Campaign } from '#shared/domain/entities'
import { isLocalId } from '#shared/domain/entities'
import { APP_PROMOTION_TYPES, PROMOTION_TARGET_TYPES, PROMOTION_TYPES, type ObjectiveType } from '#shared/domain/enums'
import type { Problem } from '#shared/domain/problems'
import { needsAppFields, needsPromotionTarget, needsPromotionType } from '#shared/domain/promotion'
import { SelectField, TextField } from './fields'

interface Editing {
  of(field: string): Problem[]
  save(field: string, value: unknown, label: string): unknown
}

/** TikTok fixes these when it creates the object; say so on one that exists there. */
const fixedHint = (id: string) => (isLocalId(id) ? undefined : 'Set when TikTok created it; TikTok may refuse a change.')

/** `objective` is the parent campaign's (undefined when it is missing: nothing to ask then). */
export function AdGroupPromotionFields({ adgroup: g, objective, of, save }: { adgroup: AdGroup; objective: ObjectiveType | undefined } & Editing) {
  if (!objective) return null
  const required = needsPromotionType(objective)
  if (!required && !g.promotion_type) return null
  return (
    <>
      <SelectField
        field="promotion_type"
        label="Promotes"
        value={g.promotion_type}
        options={PROMOTION_TYPES}
        none={required ? undefined : 'Nothing in particular'}
        problems={of('promotion_type')}
        hint={fixedHint(g.adgroup_id)}
        onCommit={(v) => save('promotion_type', v, 'Promotion type')}
      />
      {needsAppFields(objective) && (
        <TextField
          field="app_id"
          label="App id"
          value={g.app_id ?? ''}
          problems={of('app_id')}
          hint="The app’s id in TikTok’s app management."
          onCommit={(v) => save('app_id', v.trim(), 'App id')}
        />
      )}
      {needsPromotionTarget(objective) && (
        <SelectField
          field="promotion_target_type"
          label="Collect leads on"
          value={g.promotion_target_type}
          options={PROMOTION_TARGET_TYPES}
          problems={of('promotion_target_type')}
          onCommit={(v) => save('promotion_target_type', v, 'Lead destination')}
        />
      )}
    </>
  )
}

/** The app promotion type of an app promotion campaign. */
export function CampaignPromotionFields({ campaign: c, of, save }: { campaign: Campaign } & Editing) {
  if (!needsAppFields(c.objective_type) && !c.app_promotion_type) return null
  return (
    <SelectField
      field="app_promotion_type"
      label="App promotion type"
      value={c.app_promotion_type}
      options={APP_PROMOTION_TYPES}
      problems={of('app_promotion_type')}
      hint={fixedHint(c.campaign_id)}
      onCommit={(v) => save('app_promotion_type', v, 'App promotion type')}
    />
  )
}
