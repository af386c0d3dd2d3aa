/** mulberry32: a tiny seeded PRNG, so generated accounts are the same on every run and machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T

/** A 19-digit numeric id, like TikTok's, unique per (prefix, n). */
export const serverId = (prefix: string, n: number) => prefix + String(n).padStart(19 - prefix.length, '0')
