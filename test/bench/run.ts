/**
 * `npm run bench`: runs every `*.bench.ts` under test/bench (or only those whose
 * file name contains the first argument) and prints one table of figures.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Bench, Figure } from './figures'

const filter = process.argv[2] ?? ''
const files = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort()

const rows: Array<Figure & { file: string }> = []
for (const file of files) {
  const started = performance.now()
  const mod = (await import(pathToFileURL(join(import.meta.dirname, file)).href)) as { default: Bench }
  for (const figure of await mod.default()) rows.push({ ...figure, file })
  console.error(`[bench] ${file} done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
}

const header = ['benchmark', 'figure', 'value', 'unit', 'goal']
const table = [header, ...rows.map((r) => [r.file.replace('.bench.ts', ''), r.name, String(r.value), r.unit, r.goal])]
const widths = header.map((_, i) => Math.max(...table.map((row) => row[i]!.length)))
for (const [i, row] of table.entries()) {
  console.log(row.map((cell, c) => (c === 2 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  '))
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '))
}
