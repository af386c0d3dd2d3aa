/**
 * Writers for the two icon containers the installers need, so the icon script
 * depends on nothing but an SVG renderer. Both formats are small: a directory of
 * images, each stored as PNG (or, in .ico below 256 px, as a 32-bit bitmap).
 */

export interface IconImage {
  size: number
  /** PNG-encoded image of size × size pixels. */
  png: Buffer
  /** Straight (not premultiplied) RGBA pixels, top row first; needed for .ico bitmaps. */
  rgba?: Buffer
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  const signature = '89504e470d0a1a0a'
  if (png.subarray(0, 8).toString('hex') !== signature || png.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('Not a PNG file.')
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

/**
 * A Windows .ico. Images of 256 px are stored as PNG (Vista and later); smaller
 * ones as 32-bit bitmaps, which every consumer — NSIS and rcedit included — reads.
 */
export function encodeIco(images: IconImage[]): Buffer {
  const bodies = images.map((img) => (img.size >= 256 ? img.png : icoBitmap(img)))
  const header = Buffer.alloc(6 + 16 * images.length)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2) // 1 = icon
  header.writeUInt16LE(images.length, 4)
  let offset = header.length
  images.forEach((img, i) => {
    const entry = 6 + 16 * i
    header.writeUInt8(img.size >= 256 ? 0 : img.size, entry) // 0 means 256
    header.writeUInt8(img.size >= 256 ? 0 : img.size, entry + 1)
    header.writeUInt16LE(1, entry + 4) // colour planes
    header.writeUInt16LE(32, entry + 6) // bits per pixel
    header.writeUInt32LE(bodies[i]!.length, entry + 8)
    header.writeUInt32LE(offset, entry + 12)
    offset += bodies[i]!.length
  })
  return Buffer.concat([header, ...bodies])
}

function icoBitmap(img: IconImage): Buffer {
  const { size, rgba } = img
  if (!rgba || rgba.length !== size * size * 4) throw new Error(`The ${size} px image needs its RGBA pixels.`)
  const info = Buffer.alloc(40)
  info.writeUInt32LE(40, 0)
  info.writeInt32LE(size, 4)
  info.writeInt32LE(size * 2, 8) // colour rows + mask rows
  info.writeUInt16LE(1, 12)
  info.writeUInt16LE(32, 14)
  const pixels = Buffer.alloc(size * size * 4)
  for (let y = 0; y < size; y++) {
    // Bitmaps run bottom row first, in BGRA order.
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4
      const to = ((size - 1 - y) * size + x) * 4
      pixels[to] = rgba[from + 2]!
      pixels[to + 1] = rgba[from + 1]!
      pixels[to + 2] = rgba[from]!
      pixels[to + 3] = rgba[from + 3]!
    }
  }
  // The 1-bit AND mask is unused with 32-bit images but must be present (rows padded to 4 bytes).
  const mask = Buffer.alloc(Math.ceil(size / 32) * 4 * size)
  return Buffer.concat([info, pixels, mask])
}

/** macOS .icns element types holding PNG data, by pixel size (the @2x ones share a size with a 1x one). */
export const ICNS_TYPES: ReadonlyArray<readonly [type: string, size: number]> = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic13', 256],
  ['ic09', 512],
  ['ic14', 512],
  ['ic10', 1024],
]

/** A macOS .icns with one PNG element per entry of ICNS_TYPES. */
export function encodeIcns(images: IconImage[]): Buffer {
  const bySize = new Map(images.map((img) => [img.size, img.png]))
  const elements = ICNS_TYPES.map(([type, size]) => {
    const png = bySize.get(size)
    if (!png) throw new Error(`The .icns needs a ${size} px image.`)
    const head = Buffer.alloc(8)
    head.write(type, 0, 'latin1')
    head.writeUInt32BE(png.length + 8, 4)
    return Buffer.concat([head, png])
  })
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'latin1')
  head.writeUInt32BE(8 + elements.reduce((n, e) => n + e.length, 0), 4)
  return Buffer.concat([head, ...elements])
}
