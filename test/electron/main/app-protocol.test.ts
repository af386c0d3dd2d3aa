import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { APP_ENTRY_URL, APP_SCHEME_PRIVILEGES, appProtocolHandler } from '../../../electron/main/app-protocol'
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp'
import { useTempDirs } from '#test/helpers/temp-dir'

const tempDir = useTempDirs()

function renderer() {
  const base = tempDir()
  const dir = join(base, 'renderer')
  mkdirSync(join(dir, 'assets'), { recursive: true })
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Adwright</title>')
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log(1)')
  writeFileSync(join(base, 'secret.txt'), 'not for the page')
  return appProtocolHandler(dir)
}

const get = (handler: ReturnType<typeof appProtocolHandler>, url: string) => handler(new Request(url))

describe('the app:// protocol', () => {
  it('is a standard, secure scheme, so the page has its own origin', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } })
    expect(APP_ENTRY_URL).toBe('app://adwright/index.html')
  })

  it('serves the renderer files with their type and the CSP header', async () => {
    const handler = renderer()
    const page = await get(handler, APP_ENTRY_URL)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await page.text()).toContain('<title>Adwright</title>')
    const script = await get(handler, 'app://adwright/assets/index-abc.js')
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect((await get(handler, 'app://adwright/')).status).toBe(200)
  })

  it('serves nothing outside the renderer folder, from another host, or for a broken path', async () => {
    const handler = renderer()
    // An escaped ../ is decoded after URL normalisation, so it must be clamped to the folder here.
    for (const url of ['app://adwright/..%2fsecret.txt', 'app://adwright/%2e%2e/secret.txt', 'app://adwright/assets/..%2f..%2fsecret.txt']) {
      const r = await get(handler, url)
      expect(r.status, url).toBe(404)
      expect(await r.text()).not.toContain('not for the page')
    }
    expect((await get(handler, 'app://other/index.html')).status).toBe(404)
    expect((await get(handler, 'app://adwright/missing.js')).status).toBe(404)
    expect((await get(handler, 'app://adwright/%E0%A4%A')).status).toBe(400)
  })
})
