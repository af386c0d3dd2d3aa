import type { AdGroup } from '#shared/domain/entities'
import {
  AGE_GROUPS,
  BID_TYPES,
  BILLING_EVENTS,
  BUDGET_MODES,
  GENDERS,
  NETWORK_TYPES,
  OPERATING_SYSTEMS,
  OPERATION_STATUSES,
  OPTIMIZATION_EVENTS,
  OPTIMIZATION_GOALS,
  PACINGS,
  PLACEMENTS,
  PLACEMENT_TYPES,
  type OptimizationEvent,
} from '#shared/domain/enums'
import { locationName, marketsOf, MARKET_LABELS } from './model/markets'
import { rowKey } from './model/tree-rows'
import { useAccountStore } from './use-account-store'
import { ScheduleFields } from './ScheduleFields'
import { InterestPicker } from '../reach/InterestPicker'
import { LocationPicker } from '../reach/LocationPicker'
import { CheckGroup, IdListField, NumberField, PickerField, SelectField, TextField } from './fields'
import { useEntityEditing } from './use-entity-editing'
import { CostCapFields } from './CostCapFields'
import { PixelPicker, usePixelEvents } from './PixelPicker'
import { AdGroupPromotionFields } from './PromotionFields'
import { AudiencePicker } from '../audiences/AudiencePicker'
import { PanglePackagePicker } from '../audiences/PanglePackagePicker'
import { placementsOf } from '#shared/creatives/creative-ref'

const EVENTS = Object.keys(OPTIMIZATION_EVENTS) as OptimizationEvent[]
const ANY_OS = 'ANY'

export function AdGroupEditor({ adgroup: g }: { adgroup: AdGroup }) {
  // The schedule stays UTC in the API; the account's own time zone is shown beside it.
  const { of, save } = useEntityEditing(rowKey('adgroup', g.adgroup_id))
  const pixelEvents = usePixelEvents(g.pixel_id)
  const currency = useAccountStore((s) => s.currency)
  const automatic = g.placement_type === 'PLACEMENT_TYPE_AUTOMATIC'
  const markets = marketsOf(g.location_ids)
  const onPangle = placementsOf(g).includes('PLACEMENT_PANGLE')
  const objective = useAccountStore((s) => s.campaigns.get(g.campaign_id)?.objective_type)
  return (
    <>
      <section className="editor-section" aria-labelledby="sec-basics">
        <h3 id="sec-basics">Basics and placements</h3>
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
          <AdGroupPromotionFields adgroup={g} objective={objective} of={of} save={save} />
          <SelectField
            field="placement_type"
            label="Placements"
            value={g.placement_type}
            options={PLACEMENT_TYPES}
            problems={of('placement_type')}
            onCommit={(v) => save('placement_type', v, 'Placement type')}
          />
          <CheckGroup
            field="placements"
            label="Show ads on"
            value={g.placements}
            options={PLACEMENTS}
            disabled={automatic}
            problems={of('placements')}
            hint={automatic ? 'Automatic: TikTok chooses where the ads run.' : undefined}
            onCommit={(v) => save('placements', v, 'Placements')}
          />
        </div>
      </section>

      <section className="editor-section" aria-labelledby="sec-targeting">
        <h3 id="sec-targeting">Targeting</h3>
        <div className="editor-grid">
          <div className="span-2">
            <PickerField
              field="location_ids"
              value={g.location_ids}
              problems={of('location_ids')}
              hint={
                g.location_ids.length
                  ? `${g.location_ids.map(locationName).join(', ')} — ${markets.length ? markets.map((m) => MARKET_LABELS[m]).join(', ') : 'no known location'}`
                  : 'Pick countries, or regions and cities within them.'
              }
              picker={(value, onChange) => <LocationPicker value={value} onChange={onChange} />}
              onCommit={(v) => save('location_ids', v, 'Locations')}
            />
          </div>
          <CheckGroup
            field="age_groups"
            label="Ages"
            value={g.age_groups}
            options={AGE_GROUPS}
            problems={of('age_groups')}
            onCommit={(v) => save('age_groups', v, 'Ages')}
          />
          <SelectField
            field="gender"
            label="Gender"
            value={g.gender}
            options={GENDERS}
            problems={of('gender')}
            onCommit={(v) => save('gender', v, 'Gender')}
          />
          <IdListField
            field="languages"
            label="Languages"
            value={g.languages}
            problems={of('languages')}
            hint="Language codes such as en, de, ja; empty for any language."
            onCommit={(v) => save('languages', v, 'Languages')}
          />
          <div className="span-2">
            <PickerField
              field="interest_category_ids"
              value={g.interest_category_ids}
              problems={of('interest_category_ids')}
              picker={(value, onChange) => <InterestPicker value={value} onChange={onChange} />}
              onCommit={(v) => save('interest_category_ids', v, 'Interests')}
            />
          </div>
          <IdListField
            field="interest_keyword_ids"
            label="Interest keywords (ids)"
            value={g.interest_keyword_ids}
            problems={of('interest_keyword_ids')}
            onCommit={(v) => save('interest_keyword_ids', v, 'Interest keywords')}
          />
          <SelectField
            field="operating_systems"
            label="Operating system"
            value={g.operating_systems[0] ?? ANY_OS}
            options={[ANY_OS, ...OPERATING_SYSTEMS]}
            labelOf={(v) => (v === ANY_OS ? 'Any' : v === 'IOS' ? 'iOS' : 'Android')}
            problems={of('operating_systems')}
            onCommit={(v) => save('operating_systems', v === ANY_OS ? [] : [v], 'Operating system')}
          />
          <CheckGroup
            field="network_types"
            label="Connection types (none = any)"
            value={g.network_types}
            options={NETWORK_TYPES}
            problems={of('network_types')}
            onCommit={(v) => save('network_types', v, 'Connection types')}
          />
        </div>
      </section>

      <section className="editor-section" aria-labelledby="sec-audiences">
        <h3 id="sec-audiences">Custom audiences</h3>
        <div className="editor-grid">
          <AudiencePicker
            field="audience_ids"
            side="include"
            label="Include people in"
            value={g.audience_ids ?? []}
            other={g.excluded_audience_ids ?? []}
            problems={of('audience_ids')}
            // None left = the field cleared (absent), as TikTok's [] reads back.
            onCommit={(v) => save('audience_ids', v.length ? v : undefined, 'Included audiences')}
          />
          <AudiencePicker
            field="excluded_audience_ids"
            side="exclude"
            label="Exclude people in"
            value={g.excluded_audience_ids ?? []}
            other={g.audience_ids ?? []}
            problems={of('excluded_audience_ids')}
            onCommit={(v) => save('excluded_audience_ids', v.length ? v : undefined, 'Excluded audiences')}
          />
          <PanglePackagePicker
            field="included_pangle_audience_package_ids"
            label="Pangle packages to include"
            bindType="INCLUDE"
            value={g.included_pangle_audience_package_ids ?? []}
            onPangle={onPangle}
            problems={of('included_pangle_audience_package_ids')}
            onCommit={(v) => save('included_pangle_audience_package_ids', v.length ? v : undefined, 'Included Pangle packages')}
          />
          <PanglePackagePicker
            field="excluded_pangle_audience_package_ids"
            label="Pangle packages to exclude"
            bindType="EXCLUDE"
            value={g.excluded_pangle_audience_package_ids ?? []}
            onPangle={onPangle}
            problems={of('excluded_pangle_audience_package_ids')}
            onCommit={(v) => save('excluded_pangle_audience_package_ids', v.length ? v : undefined, 'Excluded Pangle packages')}
          />
        </div>
      </section>

      <section className="editor-section" aria-labelledby="sec-budget">
        <h3 id="sec-budget">Budget and schedule</h3>
        <div className="editor-grid">
          <SelectField
            field="budget_mode"
            label="Budget type"
            value={g.budget_mode}
            options={BUDGET_MODES}
            problems={of('budget_mode')}
            onCommit={(v) => save('budget_mode', v, 'Budget type')}
          />
          <NumberField
            clearable
            field="budget"
            label="Budget"
            value={g.budget}
            disabled={g.budget_mode === 'BUDGET_MODE_INFINITE'}
            problems={of('budget')}
            hint={`In ${currency}.`}
            onCommit={(v) => save('budget', v, 'Budget')}
          />
          <SelectField
            field="pacing"
            label="Pacing"
            value={g.pacing}
            options={PACINGS}
            problems={of('pacing')}
            onCommit={(v) => save('pacing', v, 'Pacing')}
          />
          <ScheduleFields adgroup={g} of={of} save={save} />
        </div>
      </section>

      <section className="editor-section" aria-labelledby="sec-bidding">
        <h3 id="sec-bidding">Optimization and bidding</h3>
        <div className="editor-grid">
          <SelectField
            field="optimization_goal"
            label="Optimization goal"
            value={g.optimization_goal}
            options={OPTIMIZATION_GOALS}
            problems={of('optimization_goal')}
            onCommit={(v) => save('optimization_goal', v, 'Optimization goal')}
          />
          <SelectField
            field="billing_event"
            label="Billing event"
            value={g.billing_event}
            options={BILLING_EVENTS}
            problems={of('billing_event')}
            onCommit={(v) => save('billing_event', v, 'Billing event')}
          />
          <SelectField
            field="bid_type"
            label="Bid strategy"
            value={g.bid_type}
            options={BID_TYPES}
            problems={of('bid_type')}
            onCommit={(v) => save('bid_type', v, 'Bid strategy')}
          />
          <CostCapFields bid={g} of={of} save={save} />
          <PixelPicker
            field="pixel_id"
            label="Pixel"
            value={g.pixel_id}
            problems={of('pixel_id')}
            onCommit={(v) => save('pixel_id', v ?? undefined, 'Pixel')}
          />
          <SelectField
            field="optimization_event"
            label="Optimization event"
            value={g.optimization_event}
            // The events the chosen pixel reports, as /pixel/list/ names them; every event when it reports none.
            options={pixelEvents ? EVENTS.filter((e) => pixelEvents.has(e) || e === g.optimization_event) : EVENTS}
            none="None"
            labelOf={(v) => `${OPTIMIZATION_EVENTS[v]} (${v})`}
            problems={of('optimization_event')}
            onCommit={(v) => save('optimization_event', v, 'Optimization event')}
          />
        </div>
      </section>
    </>
  )
}
