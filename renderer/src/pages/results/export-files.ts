/** Saving what the page shows: the table as CSV, the chart as PNG. */
import { toCsv } from '../../../../shared/results/csv'

function save(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  a.click()
  // The download has started by the time the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

export function saveCsv(filename: string, header: string[], rows: Array<Array<string | number | null>>) {
  // A byte-order mark so Excel reads the file as UTF-8 (names with – or ü).
  save(new Blob(['\uFEFF', toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }), filename)
}

/** Draws the chart's SVG on a canvas at twice its size, on the theme's background, and saves it as PNG. */
export async function savePng(svg: SVGSVGElement, filename: string, background: string, title: string, titleColor: string) {
  const { width, height } = svg.getBoundingClientRect()
  const titleHeight = 32
  const clone = svg.cloneNode(true) as SVGSVGElement
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  clone.setAttribute('width', String(width))
  clone.setAttribute('height', String(height))
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    const scale = 2
    const canvas = document.createElement('canvas')
    canvas.width = width * scale
    canvas.height = (height + titleHeight) * scale
    const ctx = canvas.getContext('2d')!
    ctx.scale(scale, scale)
    ctx.fillStyle = background
    ctx.fillRect(0, 0, width, height + titleHeight)
    ctx.fillStyle = titleColor
    ctx.font = '600 14px system-ui, sans-serif'
    ctx.fillText(title, 12, 21)
    ctx.drawImage(image, 0, titleHeight, width, height)
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
    if (!png) throw new Error('The chart could not be drawn as an image.')
    save(png, filename)
  } finally {
    URL.revokeObjectURL(url)
  }
}
