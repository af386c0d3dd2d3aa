/** The schedule fields stay UTC and show the account's local time beside it. */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { UtcTimeField } from '../../../renderer/src/campaigns/fields'
import { apiTimeAfter, dayAfter } from '#test/helpers/clock'

/** A week and a day after the pinned now: early December, when Los Angeles is on GMT-8. */
const START = apiTimeAfter(8, 19)

const field = (timeZone?: string) =>
  renderToStaticMarkup(
    createElement(UtcTimeField, {
      field: 'schedule_start_time',
      label: 'Start (UTC)',
      value: START,
      problems: [],
      timeZone,
      onCommit: () => {},
    }),
  ).replace(/<!-- -->/g, '')

describe('UtcTimeField', () => {
  it('keeps the UTC value in the input and shows the account’s local time, tied to the input for screen readers', () => {
    const out = field('America/Los_Angeles')
    expect(out).toContain(`value="${dayAfter(8)}T19:00"`)
    expect(out).toContain(`${dayAfter(8)} 11:00 (GMT-8) in the account’s time zone (America/Los_Angeles)`)
    expect(out).toMatch(/aria-describedby="[^"]+"/)
  })

  it('adds nothing for an account on UTC, or with no known zone', () => {
    expect(field('Etc/GMT')).not.toContain('account’s time zone')
    expect(field(undefined)).not.toContain('account’s time zone')
  })
})
