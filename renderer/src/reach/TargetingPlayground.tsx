import { AGE_GROUPS, GENDERS, PLACEMENTS, type Gender, type OperatingSystem } from '#shared/domain/enums'
import type { ReachInput } from '#shared/reach/estimate'
import { AGE_LABELS } from '#shared/reach/demographics'
import { PLACEMENT_INFO } from '#shared/targeting/placements'
import { InterestPicker } from './InterestPicker'
import { LocationPicker } from './LocationPicker'
import './reach.css'
import { openTargeting } from '#shared/domain/entities'

export const PLAYGROUND_START: ReachInput = {
  placement_type: 'PLACEMENT_TYPE_NORMAL',
  placements: ['PLACEMENT_TIKTOK'],
  location_ids: ['6252001'],
  age_groups: ['AGE_18_24', 'AGE_25_34', 'AGE_35_44', 'AGE_45_54', 'AGE_55_100'],
  ...openTargeting(),
}

const GENDER_LABELS: Record<Gender, string> = { GENDER_UNLIMITED: 'All', GENDER_FEMALE: 'Women', GENDER_MALE: 'Men' }

const toggled = <T,>(list: readonly T[], item: T, on: boolean): T[] => (on ? [...list, item] : list.filter((x) => x !== item))

/** Targeting controls for trying out reach without an ad group: the same fields the ad-group editor sets. */
export function TargetingPlayground({ value, onChange }: { value: ReachInput; onChange(next: ReachInput): void }) {
  const set = (patch: Partial<ReachInput>) => onChange({ ...value, ...patch })
  const auto = value.placement_type === 'PLACEMENT_TYPE_AUTOMATIC'
  return (
    <form className="card playground" aria-label="Targeting" onSubmit={(e) => e.preventDefault()}>
      <div className="playground-head">
        <h2>Targeting</h2>
        <button type="button" className="link-button" onClick={() => onChange(PLAYGROUND_START)}>
          Start over
        </button>
      </div>
      <LocationPicker value={value.location_ids} onChange={(location_ids) => set({ location_ids })} />

      <fieldset className="chips">
        <legend>Ages</legend>
        {AGE_GROUPS.map((g) => (
          <label key={g} className="checkbox">
            <input
              type="checkbox"
              checked={value.age_groups.includes(g)}
              onChange={(e) => set({ age_groups: toggled(value.age_groups, g, e.target.checked) })}
            />
            {AGE_LABELS[g]}
          </label>
        ))}
      </fieldset>

      <fieldset className="chips">
        <legend>Gender</legend>
        {GENDERS.map((g) => (
          <label key={g} className="radio">
            <input type="radio" name="gender" checked={value.gender === g} onChange={() => set({ gender: g })} />
            {GENDER_LABELS[g]}
          </label>
        ))}
      </fieldset>

      <InterestPicker value={value.interest_category_ids} onChange={(interest_category_ids) => set({ interest_category_ids })} />

      <fieldset className="chips">
        <legend>Placements</legend>
        <label className="radio">
          <input type="radio" name="placement-type" checked={auto} onChange={() => set({ placement_type: 'PLACEMENT_TYPE_AUTOMATIC' })} />
          Automatic
        </label>
        <label className="radio">
          <input type="radio" name="placement-type" checked={!auto} onChange={() => set({ placement_type: 'PLACEMENT_TYPE_NORMAL' })} />
          Choose
        </label>
        {PLACEMENTS.map((p) => (
          <label key={p} className="checkbox">
            <input
              type="checkbox"
              disabled={auto}
              checked={auto || value.placements.includes(p)}
              onChange={(e) => set({ placements: toggled(value.placements, p, e.target.checked) })}
            />
            {PLACEMENT_INFO[p].label}
          </label>
        ))}
      </fieldset>

      <label className="field">
        <span>Operating system</span>
        <select
          value={value.operating_systems[0] ?? ''}
          onChange={(e) => set({ operating_systems: e.target.value ? [e.target.value as OperatingSystem] : [] })}
        >
          <option value="">Any</option>
          <option value="ANDROID">Android only</option>
          <option value="IOS">iOS only</option>
        </select>
      </label>
    </form>
  )
}
