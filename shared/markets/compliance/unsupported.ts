import { isEstimated } from '../markets'
import type { ComplianceRule } from './rule'

export const UNSUPPORTED_LOCATIONS: ComplianceRule = {
  id: 'compliance.location.unsupported',
  severity: 'error',
  summary: 'Every location must be in a supported market (East Asia cross-app test, US, EU/EEA).',
  source: 'adwright-model',
  check(a, ctx) {
    return a.location_ids.flatMap((id) => {
      const loc = ctx.resolveLocation(id)
      if (loc && isEstimated(loc.country.market)) return []
      return [
        {
          field: 'location_ids',
          message: loc
            ? `${loc.name} is outside Adwright’s markets (East Asia cross-app test, US, EU/EEA): its consent rules and reach are not modelled. Remove it or run it from another tool.`
            : `Location ${id} is not a known country or region. Pick it again from the location list.`,
        },
      ]
    })
  },
}
