/**
 * Bad files through the readers every import goes through (`validate`, the
 * import preview): random bytes and structured mutations of a real plan and a
 * real CSV. Nothing may throw, hang, or fail silently: an input that is not
 * read whole gets at least one error, and every error says where and what.
 * Seeds: FUZZ_SEEDS (default 150 per format), the same inputs on every run.
 */
import { describe, expect, it } from 'vitest'
import { exportAccountCsv, parseAccountCsv } from '#shared/domain/csv/index'
import { createDemoAccount } from '#shared/domain/demo/index'
import { exportPlan, parsePlan } from '#shared/domain/plan/index'
import { seededRandom } from '#shared/domain/demo/prng'
import { checkAccount } from '#shared/checks/check-account'
import { TEST_NOW } from '#test/helpers/clock'
import { smartPlusDraft } from '#test/helpers/sync'

const ADV = '7301000000000000001'
const SEEDS = Number(process.env.FUZZ_SEEDS ?? 150)
// The demo account plus an Upgraded Smart+ campaign, so the Smart+ columns and entries are mutated too.
const demo = { ...createDemoAccount(ADV, TEST_NOW), ...smartPlusDraft('fz', 2) }
const PLAN = exportPlan(demo, ADV)
const CSV = exportAccountCsv(demo)
const SPICE = ['"', ',', '\n', '\r\n', '{', '}', '[', ']', ':', '\\', '\u0000', '\uFEFF', '=cmd', '1e309', '-1', 'null', '0x10', '𝒜', '""', ' ']

/** One mutation of `text`: flip bytes, cut, duplicate a slice, insert structure characters, or pure noise. */
function mutate(text: string, rand: () => number): string {
  const at = () => Math.floor(rand() * text.length)
  switch (Math.floor(rand() * 6)) {
    case 0: {
      const chars = [...text]
      for (let i = 0; i < 1 + rand() * 8; i++) chars[Math.floor(rand() * chars.length)] = String.fromCharCode(Math.floor(rand() * 0x3000))
      return chars.join('')
    }
    case 1:
      return text.slice(0, at())
    case 2: {
      const a = at()
      const b = Math.min(text.length, a + Math.floor(rand() * 400))
      return text.slice(0, b) + text.slice(a, b) + text.slice(b)
    }
    case 3: {
      let t = text
      for (let i = 0; i < 1 + rand() * 6; i++) {
        const p = Math.floor(rand() * t.length)
        t = t.slice(0, p) + SPICE[Math.floor(rand() * SPICE.length)] + t.slice(p)
      }
      return t
    }
    case 4:
      return Array.from({ length: Math.floor(rand() * 2000) }, () => String.fromCharCode(Math.floor(rand() * 256))).join('')
    default: {
      const a = at()
      return text.slice(0, a) + text.slice(a + Math.floor(rand() * 200))
    }
  }
}

const FORMATS = [
  ['plan', PLAN, parsePlan],
  ['CSV', CSV, parseAccountCsv],
] as const

describe('import readers under random input', () => {
  it('starts from files that read whole, Smart+ rows included', () => {
    for (const [, original, parse] of FORMATS) {
      const r = parse(original, { advertiserId: ADV, newId: () => 'local-fuzz-0' })
      expect(r.errors).toEqual([])
      expect(r.smartPlusCampaigns.map((c) => c.campaign_name)).toEqual(['fz Smart+ campaign'])
      expect(r.smartPlusAdgroups).toHaveLength(2)
    }
  })

  for (const [name, original, parse] of FORMATS) {
    it(`${name}: ${SEEDS} mutated files, each read or refused with clear errors, none thrown`, () => {
      let refused = 0
      for (let seed = 1; seed <= SEEDS; seed++) {
        const input = mutate(original, seededRandom(seed))
        const started = performance.now()
        let r
        try {
          r = parse(input, { advertiserId: ADV, newId: () => `local-fuzz-${seed}` })
          // The validate command's second stage must take whatever the reader let through.
          checkAccount(r, { currency: 'USD', now: TEST_NOW })
        } catch (e) {
          throw new Error(`seed ${seed}: ${name} reader threw ${String(e)} on ${JSON.stringify(input.slice(0, 120))}…`)
        }
        expect(performance.now() - started, `seed ${seed} took too long`).toBeLessThan(2000)
        if (r.validRows < r.totalRows || r.totalRows === 0) {
          refused++
          expect(r.errors.length, `seed ${seed}: rows were dropped without an error`).toBeGreaterThan(0)
        }
        for (const e of r.errors) {
          expect(typeof e.message, `seed ${seed}`).toBe('string')
          expect(e.message.length, `seed ${seed}: an empty message`).toBeGreaterThan(10)
        }
      }
      // The mutations must actually break files, or the test proves nothing.
      expect(refused).toBeGreaterThan(SEEDS / 3)
    })
  }
})
