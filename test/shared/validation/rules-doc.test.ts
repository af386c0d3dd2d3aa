import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../../..')
const doc = () => readFileSync(resolve(root, 'docs/validation-rules.md'), 'utf8')

/** The quoted rule ids matching `pattern` in the validator sources of `dir`. */
function ruleIdsIn(dir: string, pattern: RegExp): string[] {
  const source = readdirSync(resolve(root, dir))
    .map((f) => readFileSync(resolve(root, dir, f), 'utf8'))
    .join('\n')
  return [...source.matchAll(pattern)].map((m) => m[1]!)
}

describe('docs/validation-rules.md', () => {
  it('lists every rule id the validators can report', () => {
    const ids = ruleIdsIn('shared/domain/validation', /'((?:campaign|adgroup|ad)\.[a-z.-]+)'/g)
    expect(ids.length).toBeGreaterThan(30)
    for (const id of ids) expect(doc()).toContain(`\`${id}\``)
  })

  it('lists every Smart+ rule id, with {kind} standing for the names shared by the three kinds', () => {
    const ids = ruleIdsIn('shared/domain/smart-plus/validation', /'(smart-plus\.(?:campaign|adgroup|ad)\.[a-z.-]+)'/g)
    expect(ids.length).toBeGreaterThan(20)
    for (const id of ids) expect(doc()).toContain(`\`${id}\``)
    expect(doc()).toContain('`smart-plus.{kind}.locked`')
  })
})
