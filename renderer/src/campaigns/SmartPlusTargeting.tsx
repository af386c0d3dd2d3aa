import { AGE_GROUPS, GENDERS, OPERATING_SYSTEMS, SPC_AUDIENCE_AGES, TARGETING_OPTIMIZATION_MODES } from '#shared/domain/enums'
import type { Problem } from '#shared/domain/problems'
import type { SmartPlusAdGroup, TargetingSpec, TargetingSpecField } from '#shared/domain/smart-plus/index'
import { ignoredReason, specForMode } from './model/smart-plus-targeting'
import { InterestPicker } from '../reach/InterestPicker'
import { LocationPicker } from '../reach/LocationPicker'
import { locationName, marketsOf, MARKET_LABELS } from './model/markets'
import { rowKey } from './model/tree-rows'
import { saveField } from './editor-commands'
import { CheckGroup, IdListField, PickerField, SelectField, Toggle } from './fields'
import { Ignorable } from './smart-plus-fields'
import { AudiencePicker } from '../audiences/AudiencePicker'
import { PanglePackagePicker } from '../audiences/PanglePackagePicker'
import { placementsOf } from '#shared/creatives/creative-ref'

const ANY_OS = 'ANY'
const IGNORED_RULE = 'smart-plus.adgroup.targeting.ignored'
const AGE_FLOOR_LABELS: Record<string, string> = { OVER_EIGHTEEN: '18 and over', OVER_TWENTY_FIVE: '25 and over' }

interface Props {
  adgroup: SmartPlusAdGroup
  of(field: string): Problem[]
  save(field: string, value: unknown, label: string): unknown
}

/**
 * A Smart+ ad group's `targeting_spec`: the mode, then the hard controls TikTok always honours, then the
 * suggestions, each greyed with the reason where the chosen mode makes TikTok ignore it. Each change saves the
 * whole spec (one undo step); an emptied list is left out rather than sent empty.
 */
export function SmartPlusTargeting({ adgroup: g, of, save }: Props) {
  const spec = g.targeting_spec
  const automatic = g.targeting_optimization_mode === 'AUTOMATIC'
  const setSpec = (field: TargetingSpecField, value: unknown, label: string) => {
    const next: Record<string, unknown> = { ...spec }
    if (value === undefined || (Array.isArray(value) && value.length === 0)) delete next[field]
    else next[field] = value
    return save('targeting_spec', next as TargetingSpec, label)
  }
  const locations = spec.location_ids ?? []
  const markets = marketsOf(locations)
  const specProblems = of('targeting_spec')
  const ignoredWarning = specProblems.filter((p) => p.ruleId === IGNORED_RULE)
  const why = (f: TargetingSpecField) => ignoredReason(g, f)
  const onPangle = placementsOf(g).includes('PLACEMENT_PANGLE')

  return (
    <>
      <div className="editor-grid">
        <SelectField
          field="targeting_optimization_mode"
          label="Targeting mode"
          value={g.targeting_optimization_mode}
          options={TARGETING_OPTIMIZATION_MODES}
          labelOf={(v) => (v === 'AUTOMATIC' ? 'Automatic (TikTok finds the audience)' : 'Manual (your targeting, as in a manual ad group)')}
          problems={[...of('targeting_optimization_mode'), ...ignoredWarning]}
          hint={
            automatic
              ? 'TikTok reads only the controls below; suggestions are hints when switched on, never limits.'
              : 'TikTok targets exactly what you set below; Ages replaces the age floor.'
          }
          onCommit={(v) =>
            saveField(
              rowKey('smart_plus_adgroup', g.adgroup_id),
              { targeting_optimization_mode: v, targeting_spec: specForMode(spec, v) },
              'Targeting mode',
            )
          }
        />
      </div>

      <fieldset className="sp-group" aria-describedby="sp-controls-note">
        <legend>Controls — TikTok always honours these</legend>
        <p id="sp-controls-note" className="sp-group-note">
          Where, in which language and on which devices the ads may run, and who is excluded. They bound the audience in both modes.
        </p>
        <div className="editor-grid">
          <div className="span-2">
            <PickerField
              field="targeting_spec"
              value={locations}
              problems={specProblems.filter((p) => p.ruleId !== IGNORED_RULE)}
              hint={
                locations.length
                  ? `${locations.map(locationName).join(', ')} — ${markets.length ? markets.map((m) => MARKET_LABELS[m]).join(', ') : 'no known location'}`
                  : 'Pick countries, or regions and cities within them.'
              }
              picker={(value, onChange) => <LocationPicker value={value} onChange={onChange} />}
              onCommit={(v) => setSpec('location_ids', v, 'Locations')}
            />
          </div>
          <Ignorable reason={why('spc_audience_age')}>
            <SelectField
              field="targeting_spec.spc_audience_age"
              label="Age floor"
              value={spec.spc_audience_age}
              options={SPC_AUDIENCE_AGES}
              none="No floor"
              labelOf={(v) => AGE_FLOOR_LABELS[v] ?? v}
              problems={[]}
              hint={why('spc_audience_age')}
              onCommit={(v) => setSpec('spc_audience_age', v, 'Age floor')}
            />
          </Ignorable>
          <IdListField
            field="targeting_spec.languages"
            label="Languages"
            value={spec.languages ?? []}
            problems={[]}
            hint="Language codes such as en, de, ja; empty for any language."
            onCommit={(v) => setSpec('languages', v, 'Languages')}
          />
          <SelectField
            field="targeting_spec.operating_systems"
            label="Operating system"
            value={spec.operating_systems?.[0] ?? ANY_OS}
            options={[ANY_OS, ...OPERATING_SYSTEMS]}
            labelOf={(v) => (v === ANY_OS ? 'Any' : v === 'IOS' ? 'iOS' : 'Android')}
            problems={[]}
            onCommit={(v) => setSpec('operating_systems', v === ANY_OS ? [] : [v], 'Operating system')}
          />
          <div className="span-2">
            <AudiencePicker
              field="targeting_spec.excluded_audience_ids"
              side="exclude"
              label="Exclude people in"
              value={spec.excluded_audience_ids ?? []}
              other={spec.audience_ids ?? []}
              problems={[]}
              onCommit={(v) => setSpec('excluded_audience_ids', v, 'Excluded audiences')}
            />
          </div>
        </div>
      </fieldset>

      <fieldset className="sp-group" aria-describedby="sp-suggestions-note">
        <legend>{automatic ? 'Suggestions — hints TikTok may follow' : 'Audience — TikTok targets exactly this'}</legend>
        <p id="sp-suggestions-note" className="sp-group-note">
          {automatic
            ? 'Who you expect to buy. With suggestions on, TikTok starts from them but may deliver beyond them; off, it ignores them.'
            : 'In manual mode these are hard limits, as in a manual ad group.'}
        </p>
        <div className="editor-grid">
          {automatic && (
            <div className="span-2">
              <Toggle
                field="suggestion_audience_enabled"
                label="Use these as audience suggestions"
                value={g.suggestion_audience_enabled === true}
                problems={of('suggestion_audience_enabled')}
                onCommit={(v) => save('suggestion_audience_enabled', v, 'Audience suggestions')}
              />
            </div>
          )}
          <Ignorable reason={why('age_groups')}>
            <CheckGroup
              field="targeting_spec.age_groups"
              label="Ages"
              value={spec.age_groups ?? []}
              options={AGE_GROUPS}
              problems={[]}
              hint={why('age_groups')}
              onCommit={(v) => setSpec('age_groups', v, 'Ages')}
            />
          </Ignorable>
          <Ignorable reason={why('gender')}>
            <SelectField
              field="targeting_spec.gender"
              label="Gender"
              value={spec.gender}
              options={GENDERS}
              none="Not set"
              problems={[]}
              hint={why('gender')}
              onCommit={(v) => setSpec('gender', v, 'Gender')}
            />
          </Ignorable>
          <Ignorable reason={why('audience_ids')} wide>
            <AudiencePicker
              field="targeting_spec.audience_ids"
              side="include"
              label={automatic ? 'People like those in' : 'Include people in'}
              value={spec.audience_ids ?? []}
              other={spec.excluded_audience_ids ?? []}
              problems={[]}
              hint={why('audience_ids')}
              onCommit={(v) => setSpec('audience_ids', v, 'Audiences')}
            />
          </Ignorable>
          <Ignorable reason={why('interest_keyword_ids')}>
            <IdListField
              field="targeting_spec.interest_keyword_ids"
              label="Interest keywords (ids)"
              value={spec.interest_keyword_ids ?? []}
              problems={[]}
              hint={why('interest_keyword_ids')}
              onCommit={(v) => setSpec('interest_keyword_ids', v, 'Interest keywords')}
            />
          </Ignorable>
          <Ignorable reason={why('interest_category_ids')} wide>
            <PickerField
              field="targeting_spec.interest_category_ids"
              value={spec.interest_category_ids ?? []}
              problems={[]}
              hint={why('interest_category_ids')}
              picker={(value, onChange) => <InterestPicker value={value} onChange={onChange} />}
              onCommit={(v) => setSpec('interest_category_ids', v, 'Interests')}
            />
          </Ignorable>
          {(spec.actions?.length ?? 0) > 0 && (
            <Ignorable reason={why('actions')} wide>
              <p className="hint">
                {spec.actions!.length} behaviour {spec.actions!.length === 1 ? 'target' : 'targets'} (actions) from the plan or TikTok.
                {why('actions') ? ` ${why('actions')}` : ''}
              </p>
            </Ignorable>
          )}
          {(['INCLUDE', 'EXCLUDE'] as const).map((bind) => {
            const field = bind === 'INCLUDE' ? 'included_pangle_audience_package_ids' : 'excluded_pangle_audience_package_ids'
            return (
              <Ignorable key={bind} reason={why(field)} wide>
                <PanglePackagePicker
                  field={field}
                  label={bind === 'INCLUDE' ? 'Pangle packages to include' : 'Pangle packages to exclude'}
                  bindType={bind}
                  value={spec[field] ?? []}
                  onPangle={onPangle}
                  note={why(field)}
                  problems={[]}
                  onCommit={(v) => setSpec(field, v, bind === 'INCLUDE' ? 'Included Pangle packages' : 'Excluded Pangle packages')}
                />
              </Ignorable>
            )
          })}
        </div>
      </fieldset>
    </>
  )
}
