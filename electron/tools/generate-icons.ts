/**
 * Renders build/icon.svg into the icons electron-builder picks up from build/:
 * icon.png (1024 px), icon.ico (Windows) and icon.icns (macOS).
 * Run with `npm run icons` after editing the SVG, and commit the results.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { encodeIcns, encodeIco, ICNS_TYPES, type IconImage } from './icons/icon-containers'

// resvg comes as a prebuilt binary per platform, installed by npm as an optional
// dependency: say what to do if this platform's is missing. No other tool is needed.
const { Resvg } = await import('@resvg/resvg-js').catch((error: Error) => {
  throw new Error(
    `npm run icons needs @resvg/resvg-js's prebuilt renderer for ${process.platform}-${process.arch}. ` +
      `Run \`npm ci\` (without --omit=optional) and try again.\n${error.message}`,
  )
})

const buildDir = join(import.meta.dirname, '../..', 'build')
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]

/** resvg hands back premultiplied RGBA; bitmaps in .ico files want it straight. */
function unpremultiply(pixels: Buffer): Buffer {
  const out = Buffer.from(pixels)
  for (let i = 0; i < out.length; i += 4) {
    const a = out[i + 3]!
    if (a === 0 || a === 255) continue
    for (let c = 0; c < 3; c++) out[i + c] = Math.min(255, Math.round((out[i + c]! * 255) / a))
  }
  return out
}

/** Each size is rendered from the vector source, so small icons stay crisp. */
function render(svg: Buffer, size: number): IconImage {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render()
  return { size, png: image.asPng(), rgba: unpremultiply(image.pixels) }
}

const svg = readFileSync(join(buildDir, 'icon.svg'))
const sizes = [...new Set([...ICO_SIZES, ...ICNS_TYPES.map(([, size]) => size)])]
const images = new Map(sizes.map((size) => [size, render(svg, size)]))

writeFileSync(join(buildDir, 'icon.png'), images.get(1024)!.png)
writeFileSync(join(buildDir, 'icon.ico'), encodeIco(ICO_SIZES.map((s) => images.get(s)!)))
writeFileSync(join(buildDir, 'icon.icns'), encodeIcns([...images.values()]))
console.log(`Wrote icon.png, icon.ico (${ICO_SIZES.join(', ')} px) and icon.icns to ${buildDir}`)
