import { interestCategory, specialCategoryOf } from '#shared/targeting/taxonomy'
import { locationsByMarket, namesOf, type ComplianceRule } from './rule'

export const EU_SPECIAL_CATEGORIES: ComplianceRule = {
  id: 'compliance.eu.special-category-interests',
  severity: 'error',
  summary: 'No health, religion, politics or sexuality interests in the EU/EEA.',
  source: 'dsa-art-26',
  check(a, ctx) {
    const eu = locationsByMarket(a, ctx).get('EU')
    if (!eu) return []
    return a.interest_category_ids.flatMap((id) => {
      const special = specialCategoryOf(id)
      if (!special) return []
      const name = interestCategory(id)?.name ?? id
      return [
        {
          field: 'interest_category_ids',
          message: `“${name}” is ${special} data. In ${namesOf(eu)} ads may not be targeted on it, even with the user’s consent (EU Digital Services Act Art. 26). Remove it or target outside the EU.`,
        },
      ]
    })
  },
}
