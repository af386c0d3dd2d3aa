import { SALES_DESTINATIONS, SMART_PLUS_APP_PROMOTION_TYPES, SMART_PLUS_OBJECTIVE_TYPES } from '#shared/domain/enums'
import { budgetModesFor } from '#shared/domain/smart-plus/budget-modes'
import { cboOn, type SmartPlusCampaign } from '#shared/domain/smart-plus/campaign-schema'
import { objectiveFields } from '#shared/domain/smart-plus/defaults'
import { rowKey } from './model/tree-rows'
import { saveField } from './editor-commands'
import { NumberField, SelectField, Toggle } from './fields'
import { Locked, lockReason } from './smart-plus-fields'
import { useAccountStore } from './use-account-store'
import { useEntityEditing } from './use-entity-editing'
import { CampaignNameStatus } from './CampaignNameStatus'

/**
 * An Upgraded Smart+ campaign (notes tiktok-api-2026.md §2). Budget optimisation (CBO) decides which budget modes
 * TikTok takes, so switching it also moves the budget mode onto one it allows. Fields TikTok fixes at creation are
 * disabled once the campaign is posted, with the reason.
 */
export function SmartPlusCampaignEditor({ campaign: c }: { campaign: SmartPlusCampaign }) {
  const key = rowKey('smart_plus_campaign', c.campaign_id)
  const { of, save } = useEntityEditing(key)
  const currency = useAccountStore((s) => s.currency)
  const lock = (field: string) => lockReason('campaign', c.campaign_id, field)
  const cbo = cboOn(c)
  const modes = budgetModesFor(cbo)
  const unlimited = c.budget_mode === 'BUDGET_MODE_INFINITE'

  const switchCbo = (on: boolean) => {
    const next = budgetModesFor(on)
    const mode = next.allowed.includes(c.budget_mode) ? c.budget_mode : next.default
    return saveField(
      key,
      { budget_optimize_on: on, budget_mode: mode, ...(mode === 'BUDGET_MODE_INFINITE' ? { budget: null } : {}) },
      'Budget optimization',
    )
  }
  const changeObjective = (objective: SmartPlusCampaign['objective_type']) =>
    // The objective brings its own fields (where sales happen, what an app campaign promotes); the old ones go.
    saveField(key, { objective_type: objective, sales_destination: null, app_promotion_type: null, ...objectiveFields(objective) }, 'Objective')

  return (
    <div className="editor-grid">
      <CampaignNameStatus campaign={c} of={of} save={save} />
      <Locked reason={lock('objective_type')}>
        <SelectField
          field="objective_type"
          label="Objective"
          value={c.objective_type}
          options={SMART_PLUS_OBJECTIVE_TYPES}
          problems={of('objective_type')}
          hint={lock('objective_type') ?? 'Smart+ takes web conversions, app promotion and lead generation.'}
          onCommit={changeObjective}
        />
      </Locked>
      {c.objective_type === 'WEB_CONVERSIONS' && (
        <Locked reason={lock('sales_destination')}>
          <SelectField
            field="sales_destination"
            label="Sales destination"
            value={c.sales_destination}
            options={SALES_DESTINATIONS}
            problems={of('sales_destination')}
            hint={lock('sales_destination')}
            onCommit={(v) => save('sales_destination', v, 'Sales destination')}
          />
        </Locked>
      )}
      {c.objective_type === 'APP_PROMOTION' && (
        <Locked reason={lock('app_promotion_type')}>
          <SelectField
            field="app_promotion_type"
            label="App promotion type"
            value={c.app_promotion_type}
            options={SMART_PLUS_APP_PROMOTION_TYPES}
            problems={of('app_promotion_type')}
            hint={lock('app_promotion_type')}
            onCommit={(v) => save('app_promotion_type', v, 'App promotion type')}
          />
        </Locked>
      )}
      <div className="span-2">
        <Locked reason={lock('budget_optimize_on')}>
          <Toggle
            field="budget_optimize_on"
            label="Campaign budget optimization (the ad groups share the campaign's budget)"
            value={cbo}
            problems={of('budget_optimize_on')}
            hint={
              lock('budget_optimize_on') ??
              (cbo
                ? 'On: the budget is dynamic daily or lifetime, and every ad group must use the same goal, event, billing and bid.'
                : 'Off: each ad group sets its own budget; the campaign budget is a limit, a daily or a lifetime one.')
            }
            onCommit={switchCbo}
          />
        </Locked>
      </div>
      <Locked reason={lock('budget_mode')}>
        <SelectField
          field="budget_mode"
          label="Budget type"
          value={c.budget_mode}
          options={modes.allowed}
          problems={of('budget_mode')}
          hint={lock('budget_mode')}
          onCommit={(v) => saveField(key, { budget_mode: v, ...(v === 'BUDGET_MODE_INFINITE' ? { budget: null } : {}) }, 'Budget type')}
        />
      </Locked>
      <NumberField
        clearable
        field="budget"
        label="Budget"
        value={c.budget}
        disabled={unlimited}
        problems={of('budget')}
        hint={unlimited ? 'No limit: the ad groups set their own budgets.' : `In ${currency}.`}
        onCommit={(v) => save('budget', v, 'Budget')}
      />
    </div>
  )
}
