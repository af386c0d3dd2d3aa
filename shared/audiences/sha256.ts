/**
 * SHA-256 (FIPS 180-4) in plain TypeScript, synchronous, with no Node or DOM
 * dependency, so a customer file can be hashed in a Web Worker, the Electron
 * main process or the CLI alike. WebCrypto's digest is asynchronous per value,
 * which costs more than the hash itself for a million short identifiers.
 * Checked against node:crypto in test/shared/audiences/sha256.test.ts.
 */

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
])

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))
const encoder = new TextEncoder()
const W = new Int32Array(64)
const H = new Int32Array(8)
// Identifiers are short; a larger value grows the buffer once.
let buf = new Uint8Array(256)

function compress(block: Uint8Array, off: number) {
  for (let i = 0; i < 16; i++) {
    const j = off + i * 4
    W[i] = (block[j]! << 24) | (block[j + 1]! << 16) | (block[j + 2]! << 8) | block[j + 3]!
  }
  for (let i = 16; i < 64; i++) {
    const a = W[i - 15]!
    const b = W[i - 2]!
    const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3)
    const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10)
    W[i] = (W[i - 16]! + s0 + W[i - 7]! + s1) | 0
  }
  let a = H[0]!,
    b = H[1]!,
    c = H[2]!,
    d = H[3]!,
    e = H[4]!,
    f = H[5]!,
    g = H[6]!,
    h = H[7]!
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))
    const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[i]! + W[i]!) | 0
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))
    const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0
    h = g
    g = f
    f = e
    e = (d + t1) | 0
    d = c
    c = b
    b = a
    a = (t1 + t2) | 0
  }
  H[0] = (H[0]! + a) | 0
  H[1] = (H[1]! + b) | 0
  H[2] = (H[2]! + c) | 0
  H[3] = (H[3]! + d) | 0
  H[4] = (H[4]! + e) | 0
  H[5] = (H[5]! + f) | 0
  H[6] = (H[6]! + g) | 0
  H[7] = (H[7]! + h) | 0
}

/** Lower-case hex SHA-256 of a string's UTF-8 bytes, as TikTok expects hashed identifiers. */
export function sha256Hex(text: string): string {
  // UTF-8 needs at most 3 bytes per UTF-16 unit; plus the 0x80 marker and the 8-byte length.
  const need = Math.ceil((text.length * 3 + 9) / 64) * 64
  if (buf.length < need) buf = new Uint8Array(need)
  // ASCII (almost every email, phone and device id) is copied directly: TextEncoder costs more than the hash.
  let n = 0
  for (; n < text.length; n++) {
    const c = text.charCodeAt(n)
    if (c > 0x7f) break
    buf[n] = c
  }
  if (n < text.length) n = encoder.encodeInto(text, buf).written
  const total = Math.ceil((n + 9) / 64) * 64
  buf.fill(0, n, total)
  buf[n] = 0x80
  const bits = n * 8
  // Identifiers are far below 2^32 bits, so the high length word stays 0.
  buf[total - 4] = (bits >>> 24) & 0xff
  buf[total - 3] = (bits >>> 16) & 0xff
  buf[total - 2] = (bits >>> 8) & 0xff
  buf[total - 1] = bits & 0xff
  H[0] = 0x6a09e667
  H[1] = 0xbb67ae85 | 0
  H[2] = 0x3c6ef372
  H[3] = 0xa54ff53a | 0
  H[4] = 0x510e527f
  H[5] = 0x9b05688c | 0
  H[6] = 0x1f83d9ab
  H[7] = 0x5be0cd19
  for (let off = 0; off < total; off += 64) compress(buf, off)
  // Measured: concatenating 32 two-digit pieces beats building one string from 64 char codes.
  let out = ''
  for (let i = 0; i < 8; i++) {
    const v = H[i]!
    out += HEX[(v >>> 24) & 0xff]! + HEX[(v >>> 16) & 0xff]! + HEX[(v >>> 8) & 0xff]! + HEX[v & 0xff]!
  }
  return out
}
