/**
 * Readable names for the values TikTok reports placements, ages, genders and
 * platforms by (markets come from shared/markets). A value not listed is shown
 * as sent, so a new one is visible rather than hidden.
 */
import { AGE_LABELS } from '../reach/demographics'

const PLACEMENT_LABELS: Record<string, string> = {
  PLACEMENT_TIKTOK: 'TikTok',
  PLACEMENT_PANGLE: 'Pangle',
  PLACEMENT_GLOBAL_APP_BUNDLE: 'Global App Bundle',
}

const GENDER_LABELS: Record<string, string> = { FEMALE: 'Female', MALE: 'Male', NONE: 'Unknown' }

const PLATFORM_LABELS: Record<string, string> = { ANDROID: 'Android', IOS: 'iOS', PC: 'Computer' }

export const placementLabel = (placement: string) => PLACEMENT_LABELS[placement] ?? placement
export const ageLabel = (age: string) => (AGE_LABELS as Record<string, string>)[age] ?? age
export const genderLabel = (gender: string) => GENDER_LABELS[gender] ?? gender
export const platformLabel = (platform: string) => PLATFORM_LABELS[platform] ?? platform
