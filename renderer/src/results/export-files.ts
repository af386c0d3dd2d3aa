/** Saving what the page shows: the table as CSV, the chart as PNG. */
import type { CsvValue } from '#shared/domain/csv/rfc4180'
import { toCsv } from '#shared/results/csv'

function save(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  a.click()
  // The download has started by the time the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

export function saveCsv(filename: string, header: string[], rows: CsvValue[][]) {
  // A byte-order mark so Excel reads the file as UTF-8 (names with – or ü).
  save(new Blob(['\uFEFF', toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }), filename)
}

/**
 * Draws the chart's SVG on a canvas at twice its size, under its title and
 * caption, on the theme's background, and saves it as PNG. The page's font is
 * copied onto the SVG: outside the page its text would fall back to a serif.
 */
export async function savePng(
  svg: SVGSVGElement,
  filename: string,
  colors: { background: string; text: string; muted: string },
  title: string,
  /** Lines under the title: the chart's subtitle, then whose calendar its days follow. */
  caption: string | readonly string[],
) {
  const lines = (typeof caption === 'string' ? [caption] : caption).filter(Boolean)
  const { width, height } = svg.getBoundingClientRect()
  const font = getComputedStyle(svg).fontFamily
  const clone = svg.cloneNode(true) as SVGSVGElement
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  clone.setAttribute('width', String(width))
  clone.setAttribute('height', String(height))
  clone.setAttribute('font-family', font)
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    const scale = 2
    const header = 36 + 16 * Math.max(1, lines.length)
    const canvas = document.createElement('canvas')
    const ctx = canvas.getContext('2d')!
    const titleFont = `600 15px ${font}`
    const captionFont = `12px ${font}`
    ctx.font = titleFont
    const titleWidth = ctx.measureText(title).width
    ctx.font = captionFont
    // Wide enough for the longest line of text, so neither is cut off.
    const fullWidth = Math.ceil(Math.max(width, titleWidth + 24, ...lines.map((l) => ctx.measureText(l).width + 24)))
    canvas.width = fullWidth * scale
    canvas.height = (height + header) * scale
    ctx.scale(scale, scale)
    ctx.fillStyle = colors.background
    ctx.fillRect(0, 0, fullWidth, height + header)
    ctx.fillStyle = colors.text
    ctx.font = titleFont
    ctx.fillText(title, 12, 22)
    ctx.fillStyle = colors.muted
    ctx.font = captionFont
    lines.forEach((line, i) => ctx.fillText(line, 12, 40 + 16 * i))
    ctx.drawImage(image, 0, header, width, height)
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
    if (!png) throw new Error('The chart could not be drawn as an image.')
    save(png, filename)
  } finally {
    URL.revokeObjectURL(url)
  }
}
