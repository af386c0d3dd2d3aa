import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../../..')

describe('docs/validation-rules.md', () => {
  it('lists every rule id the validators can report', () => {
    const doc = readFileSync(resolve(root, 'docs/validation-rules.md'), 'utf8')
    const dir = resolve(root, 'shared/domain/validation')
    const source = readdirSync(dir)
      .map((f) => readFileSync(resolve(dir, f), 'utf8'))
      .join('\n')
    const ids = [...source.matchAll(/'((?:campaign|adgroup|ad)\.[a-z.-]+)'/g)].map((m) => m[1]!)
    expect(ids.length).toBeGreaterThan(30)
    for (const id of ids) expect(doc).toContain(`\`${id}\``)
  })

  it('lists every Smart+ rule id, with {kind} standing for the names shared by the three kinds', () => {
    const doc = readFileSync(resolve(root, 'docs/validation-rules.md'), 'utf8')
    const dir = resolve(root, 'shared/domain/smart-plus/validation')
    const source = readdirSync(dir)
      .map((f) => readFileSync(resolve(dir, f), 'utf8'))
      .join('\n')
    const ids = [...source.matchAll(/'(smart-plus\.(?:campaign|adgroup|ad)\.[a-z.-]+)'/g)].map((m) => m[1]!)
    expect(ids.length).toBeGreaterThan(20)
    for (const id of ids) expect(doc).toContain(`\`${id}\``)
    expect(doc).toContain('`smart-plus.{kind}.locked`')
  })
})
