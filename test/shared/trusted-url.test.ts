import { describe, expect, it } from 'vitest'
import { isAppUrl, isExternalHttpsUrl } from '#shared/security/trusted-url'

describe('isExternalHttpsUrl', () => {
  it('accepts plain https links', () => {
    expect(isExternalHttpsUrl('https://ads.tiktok.com/help')).toBe(true)
  })
  it.each(['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'adwright://x', 'not a url', 'https://user:pw@evil.example'])(
    'refuses %s',
    (url) => expect(isExternalHttpsUrl(url)).toBe(false),
  )
})

describe('isAppUrl', () => {
  const appRoot = 'file:///Applications/Adwright.app/Contents/Resources/app.asar/out/renderer'
  it('accepts the packaged renderer', () => {
    expect(isAppUrl(`${appRoot}/index.html`, { appRoot })).toBe(true)
  })
  it('refuses other files, even via ..', () => {
    expect(isAppUrl('file:///etc/passwd', { appRoot })).toBe(false)
    expect(isAppUrl(`${appRoot}/../../secrets.html`, { appRoot })).toBe(false)
    expect(isAppUrl(`${appRoot}-evil/index.html`, { appRoot })).toBe(false)
  })
  it('accepts the dev server origin only when one is configured', () => {
    expect(isAppUrl('http://localhost:5173/', { appRoot })).toBe(false)
    expect(isAppUrl('http://localhost:5173/', { appRoot, devServerUrl: 'http://localhost:5173' })).toBe(true)
    expect(isAppUrl('http://localhost:5174/', { appRoot, devServerUrl: 'http://localhost:5173' })).toBe(false)
  })
})

describe('isAppUrl on the app:// protocol', () => {
  const appRoot = 'app://adwright/'
  it('accepts the renderer on its own origin only', () => {
    expect(isAppUrl('app://adwright/index.html', { appRoot })).toBe(true)
    expect(isAppUrl('app://evil/index.html', { appRoot })).toBe(false)
    expect(isAppUrl('file:///index.html', { appRoot })).toBe(false)
    expect(isAppUrl('https://adwright/index.html', { appRoot })).toBe(false)
  })
})
