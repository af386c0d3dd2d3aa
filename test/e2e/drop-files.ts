import type { Harness } from './harness'

/** Drops files on an element as a file manager does on Linux: the paths arrive as a file:// URI list. */
export async function dropFiles(harness: Harness, selector: string, paths: string[]) {
  const data = await harness.page.evaluateHandle(
    (uris) => {
      const dt = new DataTransfer()
      dt.setData('text/uri-list', uris.join('\r\n'))
      return dt
    },
    paths.map((p) => `file://${p}`),
  )
  await harness.page.dispatchEvent(selector, 'dragover', { dataTransfer: data })
  await harness.page.dispatchEvent(selector, 'drop', { dataTransfer: data })
}
