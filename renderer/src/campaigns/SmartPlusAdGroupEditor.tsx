import {
  APP_OPTIMIZATION_EVENTS,
  BILLING_EVENTS,
  OPERATION_STATUSES,
  OPTIMIZATION_EVENTS,
  PLACEMENT_TYPES,
  PLACEMENTS,
  PROMOTION_TYPES,
  SMART_PLUS_BID_TYPES,
  SMART_PLUS_OPTIMIZATION_GOALS,
  type OptimizationEvent,
} from '#shared/domain/enums'
import { billingEventFor } from '#shared/domain/smart-plus/budget-modes'
import { cboOn } from '#shared/domain/smart-plus/campaign-schema'
import type { SmartPlusAdGroup } from '#shared/domain/smart-plus/index'
import { rowKey } from './model/tree-rows'
import { saveField } from './editor-commands'
import { CheckGroup, NumberField, SelectField, TextField } from './fields'
import { PixelPicker, usePixelEvents } from './PixelPicker'
import { SmartPlusAttribution } from './SmartPlusAttribution'
import { ScheduleFields } from './ScheduleFields'
import { Locked, lockReason } from './smart-plus-fields'
import { SmartPlusTargeting } from './SmartPlusTargeting'
import { useAccountStore } from './use-account-store'
import { useEntityEditing } from './use-entity-editing'
import { CostCapFields } from './CostCapFields'

const WEB_EVENTS = Object.keys(OPTIMIZATION_EVENTS) as OptimizationEvent[]
/** An ad group's own budget, when the campaign does not share one (CBO off). */
const OWN_BUDGET_MODES = ['BUDGET_MODE_DAY', 'BUDGET_MODE_TOTAL'] as const

/**
 * An Upgraded Smart+ ad group (notes tiktok-api-2026.md §2): what it promotes, its targeting (SmartPlusTargeting),
 * budget and schedule, goal and bid. Under CBO the campaign holds the budget and every ad group must share goal,
 * event, billing and bid — the problems under those fields say which sibling sets them.
 */
export function SmartPlusAdGroupEditor({ adgroup: g }: { adgroup: SmartPlusAdGroup }) {
  const key = rowKey('smart_plus_adgroup', g.adgroup_id)
  const { of, save } = useEntityEditing(key)
  const currency = useAccountStore((s) => s.currency)
  const campaign = useAccountStore((s) => s.smartPlusCampaigns.get(g.campaign_id))
  const lock = (field: string) => lockReason('adgroup', g.adgroup_id, field)
  const cbo = campaign ? cboOn(campaign) : true
  const selected = g.placement_type === 'PLACEMENT_TYPE_NORMAL'
  const pixelEvents = usePixelEvents(g.pixel_id)
  const app = campaign?.objective_type === 'APP_PROMOTION'
  const events: readonly string[] = app ? APP_OPTIMIZATION_EVENTS : WEB_EVENTS
  const changeGoal = (goal: SmartPlusAdGroup['optimization_goal']) =>
    // Billing follows the goal (CPC for clicks, oCPM otherwise): one change, one undo step.
    saveField(key, { optimization_goal: goal, billing_event: billingEventFor(goal) }, 'Optimization goal')

  return (
    <>
      <section className="editor-section" aria-labelledby="sp-sec-basics">
        <h3 id="sp-sec-basics">Basics</h3>
        <div className="editor-grid">
          <TextField
            field="adgroup_name"
            label="Ad group name"
            value={g.adgroup_name}
            problems={of('adgroup_name')}
            onCommit={(v) => save('adgroup_name', v, 'Ad group name')}
          />
          <SelectField
            field="operation_status"
            label="Status"
            value={g.operation_status}
            options={OPERATION_STATUSES}
            problems={of('operation_status')}
            onCommit={(v) => save('operation_status', v, 'Status')}
          />
          <Locked reason={lock('promotion_type')}>
            <SelectField
              field="promotion_type"
              label="Promotes"
              value={g.promotion_type}
              options={PROMOTION_TYPES}
              problems={of('promotion_type')}
              hint={lock('promotion_type')}
              onCommit={(v) => save('promotion_type', v, 'Promotion type')}
            />
          </Locked>
          <Locked reason={lock('placement_type')}>
            <SelectField
              field="placement_type"
              label="Placements"
              value={g.placement_type ?? 'PLACEMENT_TYPE_AUTOMATIC'}
              options={PLACEMENT_TYPES}
              problems={of('placement_type')}
              hint={lock('placement_type')}
              // Selected placements start from TikTok, so the ad group is never left showing nowhere.
              onCommit={(v) =>
                v === 'PLACEMENT_TYPE_NORMAL'
                  ? saveField(key, { placement_type: v, placements: g.placements?.length ? g.placements : ['PLACEMENT_TIKTOK'] }, 'Placements')
                  : saveField(key, { placement_type: v, placements: null }, 'Placements')
              }
            />
          </Locked>
          <Locked reason={lock('placements')}>
            <CheckGroup
              field="placements"
              label="Show ads on"
              value={g.placements ?? []}
              options={PLACEMENTS}
              disabled={!selected}
              problems={of('placements')}
              hint={lock('placements') ?? (selected ? undefined : 'Automatic: TikTok chooses where the ads run, TikTok included.')}
              onCommit={(v) => save('placements', v, 'Placements')}
            />
          </Locked>
          {app && (
            <Locked reason={lock('app_id')}>
              <TextField
                field="app_id"
                label="App id"
                value={g.app_id ?? ''}
                problems={of('app_id')}
                hint={lock('app_id')}
                onCommit={(v) => save('app_id', v, 'App id')}
              />
            </Locked>
          )}
        </div>
      </section>

      <section className="editor-section" aria-labelledby="sp-sec-targeting">
        <h3 id="sp-sec-targeting">Targeting</h3>
        <SmartPlusTargeting adgroup={g} of={of} save={save} />
      </section>

      <section className="editor-section" aria-labelledby="sp-sec-budget">
        <h3 id="sp-sec-budget">Budget and schedule</h3>
        <div className="editor-grid">
          {cbo ? (
            <p className="hint span-2">Campaign budget optimization is on: this ad group spends from the campaign’s budget.</p>
          ) : (
            <>
              <Locked reason={lock('budget_mode')}>
                <SelectField
                  field="budget_mode"
                  label="Ad group budget type"
                  value={g.budget_mode}
                  options={OWN_BUDGET_MODES}
                  problems={of('budget_mode')}
                  hint={lock('budget_mode')}
                  onCommit={(v) => save('budget_mode', v, 'Budget type')}
                />
              </Locked>
              <NumberField
                clearable
                field="budget"
                label="Ad group budget"
                value={g.budget}
                problems={of('budget')}
                hint={`In ${currency}.`}
                onCommit={(v) => save('budget', v, 'Budget')}
              />
            </>
          )}
          <ScheduleFields adgroup={g} of={of} save={save} />
        </div>
      </section>

      <section className="editor-section" aria-labelledby="sp-sec-bidding">
        <h3 id="sp-sec-bidding">Optimization and bidding</h3>
        {cbo && <p className="hint">With budget optimization on, all the campaign’s ad groups need the same goal, event, billing and bid.</p>}
        <div className="editor-grid">
          <Locked reason={lock('optimization_goal')}>
            <SelectField
              field="optimization_goal"
              label="Optimization goal"
              value={g.optimization_goal}
              options={SMART_PLUS_OPTIMIZATION_GOALS}
              problems={of('optimization_goal')}
              hint={lock('optimization_goal')}
              onCommit={changeGoal}
            />
          </Locked>
          <Locked reason={lock('billing_event')}>
            <SelectField
              field="billing_event"
              label="Billing event"
              value={g.billing_event}
              options={BILLING_EVENTS}
              problems={of('billing_event')}
              hint={lock('billing_event') ?? `Smart+ bills ${billingEventFor(g.optimization_goal)} for this goal.`}
              onCommit={(v) => save('billing_event', v, 'Billing event')}
            />
          </Locked>
          <Locked reason={lock('bid_type')}>
            <SelectField
              field="bid_type"
              label="Bid strategy"
              value={g.bid_type}
              options={SMART_PLUS_BID_TYPES}
              problems={of('bid_type')}
              hint={lock('bid_type')}
              onCommit={(v) => save('bid_type', v, 'Bid strategy')}
            />
          </Locked>
          <CostCapFields bid={g} of={of} save={save} />
          {!app && (
            <Locked reason={lock('pixel_id')}>
              <PixelPicker
                field="pixel_id"
                label="Pixel"
                value={g.pixel_id}
                problems={of('pixel_id')}
                onCommit={(v) => save('pixel_id', v ?? undefined, 'Pixel')}
              />
            </Locked>
          )}
          <Locked reason={lock('optimization_event')}>
            <SelectField
              field="optimization_event"
              label="Optimization event"
              value={g.optimization_event}
              // The events the chosen pixel reports, as /pixel/list/ names them; every event when it reports none.
              options={pixelEvents && !app ? events.filter((e) => pixelEvents.has(e) || e === g.optimization_event) : events}
              none="None"
              labelOf={(v) => (v in OPTIMIZATION_EVENTS ? `${OPTIMIZATION_EVENTS[v as OptimizationEvent]} (${v})` : v)}
              problems={of('optimization_event')}
              hint={lock('optimization_event')}
              onCommit={(v) => save('optimization_event', v, 'Optimization event')}
            />
          </Locked>
        </div>
      </section>

      <SmartPlusAttribution adgroup={g} of={of} save={save} />
    </>
  )
}
