/**
 * Number, money, percent and date formatting through Intl, in the buyer's
 * locale. Empty rates (no clicks, no conversions) show as "—", never 0.
 */
import type { CurrencyDisplay } from '#shared/settings/settings'

export interface Formatters {
  money(n: number | null): string
  /** Short money for chart axes: $1.2K. */
  moneyAxis(n: number): string
  count(n: number | null): string
  percent(n: number | null): string
  ratio(n: number | null): string
  day(day: string): string
  /** Weekday and date without the year, for table rows. */
  dayRow(day: string): string
  dayShort(day: string): string
  range(from: string, to: string): string
  time(iso: string): string
}

const DASH = '—'
const asDate = (day: string) => new Date(`${day}T00:00:00Z`)

export function formatters(currency: string | null, currencyDisplay: CurrencyDisplay = 'symbol'): Formatters {
  const money = currency
    ? new Intl.NumberFormat(undefined, { style: 'currency', currency, currencyDisplay })
    : new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
  const moneyAxis = currency
    ? new Intl.NumberFormat(undefined, { style: 'currency', currency, currencyDisplay, notation: 'compact', maximumSignificantDigits: 3 })
    : new Intl.NumberFormat(undefined, { notation: 'compact', maximumSignificantDigits: 3 })
  const count = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 })
  const percent = new Intl.NumberFormat(undefined, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 })
  const ratio = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
  // Days are calendar days in the account's time zone: format them as UTC so they never shift by one.
  const day = new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' })
  const dayRow = new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' })
  const dayShort = new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', day: 'numeric', month: 'short' })
  const range = new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' })
  const time = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
  return {
    money: (n) => (n === null ? DASH : money.format(n)),
    moneyAxis: (n) => moneyAxis.format(n),
    count: (n) => (n === null ? DASH : count.format(n)),
    percent: (n) => (n === null ? DASH : percent.format(n)),
    ratio: (n) => (n === null ? DASH : `${ratio.format(n)}×`),
    day: (d) => day.format(asDate(d)),
    dayRow: (d) => dayRow.format(asDate(d)),
    dayShort: (d) => dayShort.format(asDate(d)),
    range: (from, to) => range.formatRange(asDate(from), asDate(to)),
    time: (iso) => time.format(new Date(iso)),
  }
}
