import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { encodeIcns, encodeIco, ICNS_TYPES, pngSize, type IconImage } from '../../../electron/tools/icons/icon-containers'

const buildDir = join(import.meta.dirname, '../../../build')

/** A minimal PNG header of the given size: enough for the containers, which never decode it. */
function fakePng(size: number): Buffer {
  const png = Buffer.alloc(33)
  Buffer.from('89504e470d0a1a0a', 'hex').copy(png)
  png.write('IHDR', 12, 'latin1')
  png.writeUInt32BE(size, 16)
  png.writeUInt32BE(size, 20)
  return png
}

function image(size: number): IconImage {
  const rgba = Buffer.alloc(size * size * 4)
  rgba.set([10, 20, 30, 40], 0) // top-left pixel
  return { size, png: fakePng(size), rgba }
}

/** Reads an .ico directory back: [width, byte length, offset] per entry. */
function icoEntries(ico: Buffer) {
  expect(ico.readUInt16LE(2)).toBe(1)
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const e = 6 + 16 * i
    return { width: ico[e] || 256, length: ico.readUInt32LE(e + 8), offset: ico.readUInt32LE(e + 12) }
  })
}

/** Reads an .icns back: [type, payload] per element. */
function icnsElements(icns: Buffer) {
  expect(icns.toString('latin1', 0, 4)).toBe('icns')
  expect(icns.readUInt32BE(4)).toBe(icns.length)
  const out: Array<[string, Buffer]> = []
  for (let at = 8; at < icns.length;) {
    const length = icns.readUInt32BE(at + 4)
    out.push([icns.toString('latin1', at, at + 4), icns.subarray(at + 8, at + length)])
    at += length
  }
  return out
}

describe('icon containers', () => {
  it('reads a PNG size and refuses what is not a PNG', () => {
    expect(pngSize(fakePng(48))).toEqual({ width: 48, height: 48 })
    expect(() => pngSize(Buffer.from('GIF89a and more bytes here'))).toThrow(/Not a PNG/)
  })

  it('writes .ico bitmaps below 256 px and PNG at 256 px, bottom row first in BGRA', () => {
    const ico = encodeIco([image(16), image(256)])
    const [small, large] = icoEntries(ico)
    expect(small).toMatchObject({ width: 16, offset: 6 + 32 })
    const bitmap = ico.subarray(small!.offset, small!.offset + small!.length)
    expect(bitmap.readUInt32LE(0)).toBe(40)
    expect(bitmap.readInt32LE(8)).toBe(32) // height counts the mask rows too
    const topLeft = 40 + 15 * 16 * 4 // last stored row
    expect([...bitmap.subarray(topLeft, topLeft + 4)]).toEqual([30, 20, 10, 40])
    expect(small!.length).toBe(40 + 16 * 16 * 4 + 16 * 4)
    expect(large!.width).toBe(256)
    expect(ico.subarray(large!.offset, large!.offset + large!.length)).toEqual(fakePng(256))
  })

  it('refuses a small .ico image without pixels', () => {
    expect(() => encodeIco([{ size: 32, png: fakePng(32) }])).toThrow(/RGBA/)
  })

  it('writes every .icns element with the PNG of its size, and demands each size', () => {
    const sizes = [...new Set(ICNS_TYPES.map(([, s]) => s))]
    const elements = icnsElements(encodeIcns(sizes.map(image)))
    expect(elements.map(([type]) => type)).toEqual(ICNS_TYPES.map(([type]) => type))
    for (const [type, png] of elements) {
      expect(pngSize(png).width, type).toBe(ICNS_TYPES.find(([t]) => t === type)![1])
    }
    expect(() => encodeIcns(sizes.filter((s) => s !== 1024).map(image))).toThrow(/1024 px/)
  })

  it('committed icons are the sizes the installers need', () => {
    expect(pngSize(readFileSync(join(buildDir, 'icon.png')))).toEqual({ width: 1024, height: 1024 })
    const ico = readFileSync(join(buildDir, 'icon.ico'))
    expect(icoEntries(ico).map((e) => e.width)).toEqual([16, 24, 32, 48, 64, 128, 256])
    const icns = icnsElements(readFileSync(join(buildDir, 'icon.icns')))
    expect(pngSize(icns.find(([type]) => type === 'ic10')![1]).width).toBe(1024)
  })
})
