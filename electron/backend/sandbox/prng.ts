/**
 * Seeds for the sandbox's random streams, so faults and report data repeat exactly
 * for a seed. The generator itself is the demo account's (shared/domain/demo/prng).
 */
export { seededRandom as createPrng } from '#shared/domain/demo/prng'

/** FNV-1a: turns a key such as `ad|day|country` into a seed, so each report cell has its own stream. */
export function hashSeed(...parts: Array<string | number>): number {
  let h = 0x811c9dc5
  for (const ch of parts.join('|')) {
    h ^= ch.charCodeAt(0)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}
