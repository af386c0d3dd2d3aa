import type { Problem } from '#shared/domain/problems'
import { checkCompliance } from '#shared/markets/compliance/check'
import type { ConsentOverrides } from '#shared/markets/consent'
import { estimateReach, type ReachInput } from '#shared/reach/estimate'
import { smartPlusReachInput } from '#shared/reach/smart-plus-input'
import { STAGE_LABELS } from '#shared/reach/stage'
import { INTEREST_CATEGORIES, MODELLED_NOTE } from '#shared/targeting/taxonomy'
import type { ImportParseResult } from '#shared/domain/import-result'
import { checkAccount } from '#shared/checks/check-account'
import type { Audience } from '#shared/audiences/schemas'
import { checkPlanAudienceReferences } from '#shared/domain/plan/plan-audience-checks'
import { DEFAULT_COMPLIANCE_CONTEXT } from '#shared/markets/compliance/rule'

type Audiences = ReadonlyMap<string, Audience>
const NO_AUDIENCES: Audiences = new Map()

/** TikTok's and the market rules, with the plan's own audiences for the audience rules, and whether each audience reference resolves. */
export function validatePlan(plan: ImportParseResult, currency: string, now: Date, audiences: Audiences = NO_AUDIENCES): Problem[] {
  return [...checkAccount(plan, { currency, now, audiences }), ...checkPlanAudienceReferences(plan, audiences)]
}

/** Each ad group's reach input and compliance problems, manual and Smart+ (AUTOMATIC reads only the hard controls). */
function reachSubjects(plan: Pick<ImportParseResult, 'adgroups' | 'smartPlusAdgroups'>, audiences: Audiences) {
  const ctx = { ...DEFAULT_COMPLIANCE_CONTEXT, audiences }
  return [
    ...plan.adgroups.map((a) => ({
      id: a.adgroup_id,
      name: a.adgroup_name,
      smartPlus: false,
      targetingMode: undefined,
      input: a as ReachInput,
      violations: checkCompliance(a, ctx),
    })),
    ...plan.smartPlusAdgroups.map((g) => ({
      id: g.adgroup_id,
      name: g.adgroup_name,
      smartPlus: true,
      targetingMode: g.targeting_optimization_mode,
      input: smartPlusReachInput(g),
      violations: [] as Problem[],
    })),
  ]
}

/** `audiences`: the plan's, by id; the audience steps (audience-steps.ts) then appear in each market's waterfall. */
export function reachReport(
  plan: Pick<ImportParseResult, 'adgroups' | 'smartPlusAdgroups'>,
  overrides: ConsentOverrides,
  audiences: Audiences = NO_AUDIENCES,
) {
  return {
    modelled: true,
    note: MODELLED_NOTE,
    adgroups: reachSubjects(plan, audiences).map((a) => {
      const r = estimateReach(a.input, overrides, audiences)
      return {
        adgroup_id: a.id,
        adgroup_name: a.name,
        ...(a.smartPlus ? { smart_plus: true, targeting_optimization_mode: a.targetingMode } : {}),
        total: { lower_end: r.total.lower_end, upper_end: r.total.upper_end, stage: r.total.stage },
        markets: r.markets.map((m) => ({
          market: m.market,
          locations: m.locationNames,
          lower_end: m.lower_end,
          upper_end: m.upper_end,
          stage: m.stage,
          stage_label: STAGE_LABELS[m.stage],
          waterfall: m.waterfall.map((s) => ({
            step: s.key,
            label: s.label,
            detail: s.detail,
            factor: Number(s.factor.toFixed(6)),
            remaining: Math.round(s.remaining),
            sources: s.sources,
          })),
        })),
        unsupported_locations: r.unsupported,
        reasons: r.reasons.map((x) => ({ market: x.market, text: x.text, source: x.source })),
        violations: a.violations.map((p) => ({
          rule_id: p.ruleId,
          severity: p.severity,
          field: p.field,
          message: p.message,
          source: p.source,
        })),
      }
    }),
  }
}

export type ReachReport = ReturnType<typeof reachReport>

export function taxonomyReport() {
  return {
    modelled: true,
    note: MODELLED_NOTE,
    interest_categories: INTEREST_CATEGORIES.map((c) => ({
      id: c.id,
      name: c.name,
      parent_id: c.parentId,
      level: c.level,
      special_category: c.special,
    })),
  }
}
