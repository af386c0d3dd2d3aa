import { AGE_GROUPS, GENDERS, PLACEMENTS, type Gender, type OperatingSystem } from '#shared/domain/enums'
import type { ReachInput } from '#shared/reach/estimate'
import { AGE_LABELS } from '#shared/reach/demographics'
import { PLACEMENT_INFO } from '#shared/targeting/placements'
import { AdGroupLink } from './AdGroupLink'
import { InterestPicker } from './InterestPicker'
import { LocationPicker } from './LocationPicker'
import { usePlaygroundStore } from './use-playground-store'
import './reach.css'

const GENDER_LABELS: Record<Gender, string> = { GENDER_UNLIMITED: 'All', GENDER_FEMALE: 'Women', GENDER_MALE: 'Men' }

const toggled = <T,>(list: readonly T[], item: T, on: boolean): T[] => (on ? [...list, item] : list.filter((x) => x !== item))

/**
 * Targeting controls for trying out reach: the same fields the ad-group editor sets, free or loaded from an ad group
 * and applied back to it. The state is the playground store's, so it outlives the page.
 */
export function TargetingPlayground() {
  const value: ReachInput = usePlaygroundStore((s) => s.targeting)
  const set = usePlaygroundStore((s) => s.set)
  const startOver = usePlaygroundStore((s) => s.startOver)
  const auto = value.placement_type === 'PLACEMENT_TYPE_AUTOMATIC'
  return (
    <form className="card playground" aria-label="Targeting" onSubmit={(e) => e.preventDefault()}>
      <div className="playground-head">
        <h2>Targeting</h2>
        <button type="button" className="link-button" onClick={startOver}>
          Start over
        </button>
      </div>
      <AdGroupLink />
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
