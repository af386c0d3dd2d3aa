import type { Campaign } from '#shared/domain/entities'
import { BUDGET_MODES, CAMPAIGN_TYPES, OBJECTIVE_TYPES, SPECIAL_INDUSTRIES } from '#shared/domain/enums'
import { rowKey } from './model/tree-rows'
import { useAccountStore } from './use-account-store'
import { CheckGroup, NumberField, SelectField, Toggle } from './fields'
import { useEntityEditing } from './use-entity-editing'
import { CampaignNameStatus } from './CampaignNameStatus'
import { CampaignPromotionFields } from './PromotionFields'

export function CampaignEditor({ campaign: c }: { campaign: Campaign }) {
  const { of, save } = useEntityEditing(rowKey('campaign', c.campaign_id))
  const currency = useAccountStore((s) => s.currency)
  return (
    <div className="editor-grid">
      <CampaignNameStatus campaign={c} of={of} save={save} />
      <SelectField
        field="objective_type"
        label="Objective"
        value={c.objective_type}
        options={OBJECTIVE_TYPES}
        problems={of('objective_type')}
        onCommit={(v) => save('objective_type', v, 'Objective')}
      />
      <CampaignPromotionFields campaign={c} of={of} save={save} />
      <SelectField
        field="campaign_type"
        label="Campaign type"
        value={c.campaign_type ?? 'REGULAR_CAMPAIGN'}
        options={CAMPAIGN_TYPES}
        problems={of('campaign_type')}
        onCommit={(v) => save('campaign_type', v, 'Campaign type')}
      />
      <SelectField
        field="budget_mode"
        label="Budget type"
        value={c.budget_mode}
        options={BUDGET_MODES}
        problems={of('budget_mode')}
        onCommit={(v) => save('budget_mode', v, 'Budget type')}
      />
      <NumberField
        clearable
        field="budget"
        label="Budget"
        value={c.budget}
        disabled={c.budget_mode === 'BUDGET_MODE_INFINITE'}
        problems={of('budget')}
        hint={c.budget_mode === 'BUDGET_MODE_INFINITE' ? 'No limit: the ad groups set their own budgets.' : `In ${currency}.`}
        onCommit={(v) => save('budget', v, 'Budget')}
      />
      <Toggle
        field="budget_optimize_on"
        label="Campaign budget optimization (ad groups share this budget)"
        value={c.budget_optimize_on ?? false}
        problems={of('budget_optimize_on')}
        onCommit={(v) => save('budget_optimize_on', v, 'Campaign budget optimization')}
      />
      <CheckGroup
        field="special_industries"
        label="Special ad categories"
        value={c.special_industries ?? []}
        options={SPECIAL_INDUSTRIES}
        problems={of('special_industries')}
        hint="Housing, employment and credit ads have narrower targeting."
        onCommit={(v) => save('special_industries', v, 'Special ad categories')}
      />
    </div>
  )
}
