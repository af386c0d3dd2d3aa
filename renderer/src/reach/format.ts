import { SOURCES, type SourceId } from '#shared/markets/sources'

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 3 })

export const people = (n: number) => whole.format(n)
/** 1.2M, 850K: for axes and bars where the exact figure would not fit. */
export const peopleShort = (n: number) => compact.format(n)
export const percent = (share: number) => `${Math.round(share * 100)}%`
/** A step's factor in words a buyer reads at a glance: "keeps 50%", "adds 35%". */
export const factorWords = (f: number) => (f > 1 ? `adds ${percent(f - 1)}` : f === 1 ? 'no change' : `keeps ${percent(f)}`)
export const rangeText = (lower: number, upper: number) => `${people(lower)} – ${people(upper)}`
export const sourceOf = (id: SourceId) => SOURCES[id]
