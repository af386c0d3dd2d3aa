/**
 * Where the sandbox keeps custom audiences, uploaded customer files and the Pangle
 * packages an advertiser may use. Field names are TikTok's ([SDK] yml_files/
 * dmp_custom_audience_*.yml, pangle_audience_package_get.yml; notes tiktok-api-2026.md §4).
 * The sandbox imports nothing from the client: its rules are written from those sources.
 */
import { DEMO_PANGLE_PACKAGES } from '#shared/domain/demo/demo-pangle-packages'
import type { SandboxState } from './sandbox-state'

export interface StoredAudience {
  advertiser_id: string
  audience_id: string
  name: string
  /**
   * As `/dmp/custom_audience/list/` names it; a rule-based audience keeps rule_create.yml's own
   * audience_type (PIXEL, APP, ENGAGEMENT…), since the list's names for them are not documented.
   */
  audience_type: 'CUSTOMER_FILE' | 'LOOKALIKE' | 'PIXEL' | 'APP' | 'ENGAGEMENT' | 'ENGAGEMENT_ORGANIC_VIDEO' | 'ENGAGEMENT_LIVE_VIDEO'
  audience_sub_type: 'NORMAL' | 'REACH_FREQUENCY'
  calculate_type: string | null
  cover_num: number
  is_valid: boolean
  is_expiring: boolean
  expired_time: string | null
  create_time: string
  retention_in_days: number | null
  file_paths: string[]
  lookalike_spec: Record<string, unknown> | null
  /** The rule_spec a rule-based audience was created with (absent for files and lookalikes, and in older states). */
  rule_spec?: Record<string, unknown> | null
}

export interface StoredAudienceFile {
  advertiser_id: string
  file_path: string
  calculate_type: string
  /** Identifiers in the file (data lines that are not the header). */
  rows: number
}

export interface AudienceData {
  counter: number
  audiences: Record<string, StoredAudience>
  files: Record<string, StoredAudienceFile>
}

/** The audience part of the state, added on first use (states saved before audiences have none). */
export function audienceData(state: SandboxState): AudienceData {
  state.data.audiences ??= { counter: 0, audiences: {}, files: {} }
  return state.data.audiences
}

// 19-digit ids in their own range, apart from the entity kinds' and Smart+'s.
const ID_BASE = 1_795_000_000_000_000_000n

export function nextAudienceId(state: SandboxState): string {
  const data = audienceData(state)
  data.counter += 1
  return (ID_BASE + BigInt(data.counter)).toString()
}

export const audiencesOf = (state: SandboxState, advertiserId: string): StoredAudience[] =>
  Object.values(audienceData(state).audiences).filter((a) => a.advertiser_id === advertiserId)

/** Every advertiser sees the same packages, one of each `bind_type` (demo-pangle-packages.ts says why). */
export const PANGLE_PACKAGES = DEMO_PANGLE_PACKAGES

/**
 * How many of a file's identifiers TikTok matches is not documented; the sandbox matches a fixed
 * share so sizes are deterministic. Adwright's own estimate never reads this value.
 */
export const SANDBOX_MATCH_RATE = 0.6

/**
 * TikTok publishes no size for rule-based audiences either; the sandbox gives each inclusion rule a
 * fixed number of people per kind, so sizes are deterministic and above TikTok's delivery minimum.
 */
export const SANDBOX_RULE_PEOPLE: Record<string, number> = {
  PIXEL: 40_000,
  APP: 30_000,
  ENGAGEMENT: 60_000,
  ENGAGEMENT_ORGANIC_VIDEO: 20_000,
  ENGAGEMENT_LIVE_VIDEO: 5_000,
}
