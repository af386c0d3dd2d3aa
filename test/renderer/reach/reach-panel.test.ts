import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { MarketComparison } from '../../../renderer/src/reach/MarketComparison'
import { ReachPanel } from '../../../renderer/src/reach/ReachPanel'
import { broad } from '#test/shared/reach/targeting-fixtures'

/** Server-rendered markup: enough to check what the panel says (the chart itself needs a browser; see test/e2e/reach.test.ts). */
const html = (el: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(el).replace(/<!-- -->/g, '')

describe('ReachPanel', () => {
  it('shows the range, the stage, the modelled note and TikTok’s own figure when given', () => {
    const out = html(
      createElement(ReachPanel, {
        targeting: broad(),
        tiktok: { lower_end: 120_000_000, upper_end: 140_000_000, stage: 4, fetchedAt: '2026-11-23T18:00:00Z' },
      }),
    )
    expect(out).toContain('122,220,000 – 149,380,000')
    expect(out).toContain('aria-valuetext="Fairly broad"')
    expect(out).toContain('modelled estimates, not TikTok figures')
    expect(out).toContain('TikTok’s own estimate: 120,000,000 – 140,000,000 (Fairly broad, 18+ only)')
  })

  it('shows TikTok’s range alone when its answer has no stage', () => {
    const out = html(
      createElement(ReachPanel, { targeting: broad(), tiktok: { lower_end: 1_000, upper_end: 2_000, fetchedAt: '2026-11-23T18:00:00Z' } }),
    )
    expect(out).toContain('TikTok’s own estimate: 1,000 – 2,000 (18+ only)')
  })

  it('lists violations with their sources and unsupported locations', () => {
    const out = html(
      createElement(ReachPanel, {
        targeting: broad({ location_ids: ['2921044', '2635167'], age_groups: ['AGE_13_17'], interest_category_ids: ['400'] }),
        adgroup: { adgroup_id: '1810000000000000201', adgroup_name: 'Trail Shoes DE' },
      }),
    )
    expect(out).toContain('data-rule="compliance.eu.minors-personalised"')
    expect(out).toContain('Source: EU Digital Services Act Art. 28(2)')
    expect(out).toContain('Not estimated (outside Adwright’s markets): United Kingdom')
  })
})

describe('MarketComparison', () => {
  it('puts the same targeting in all three markets, with an example country where none is selected', () => {
    const out = html(createElement(MarketComparison, { targeting: broad({ placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'] }) }))
    expect(out).toContain('e.g. Japan')
    expect(out).toContain('e.g. Germany')
    expect(out.match(/Pangle and the Global App Bundle do not deliver in the US or the EU\/EEA\./g)).toHaveLength(2)
  })
})
