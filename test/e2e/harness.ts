/**
 * Runs the real renderer in Debian's Chromium against the real back-end services
 * through the HTTP bridge — the closest this machine gets to the Electron app.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { startBridgeServer, type BridgeServer } from '../../electron/dev/bridge-server'
import { createHarnessServices, type HarnessOptions } from '../../electron/dev/harness-services'
import type { EventHub } from '#backend/app/event-hub'
import type { SandboxServer } from '#backend/sandbox/server'
import { clockFor } from '#shared/time/clock'
import { TEST_NOW_ISO } from '../helpers/clock'

const CANDIDATES = [process.env.ADWRIGHT_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

export const chromiumPath = CANDIDATES.find((p): p is string => !!p && existsSync(p))

if (!chromiumPath && process.env.CI) {
  throw new Error('E2E tests need Chromium: apt-get install -y chromium (or set ADWRIGHT_CHROMIUM).')
}
if (!chromiumPath) console.warn('[e2e] No Chromium found — E2E tests skipped. Install it or set ADWRIGHT_CHROMIUM.')

export const SCREENSHOT_DIR = resolve(process.env.ADWRIGHT_SCREENSHOT_DIR ?? 'out/screenshots')
const WEB_DIR = resolve(import.meta.dirname, '../../out/web')

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--force-color-profile=srgb',
]

export interface Harness {
  page: Page
  dataDir: string
  bridge: BridgeServer
  /** The back end's events, for pushing what only the Electron shell emits (e.g. an update being ready). */
  events: EventHub
  /** The back end's embedded sandbox (started on first use), to change the account on "TikTok's" side. */
  embeddedSandbox(): Promise<SandboxServer>
  /** Another tab in the same browser (a page the app sent the user to, such as TikTok's authorization page). */
  openPage(url: string): Promise<Page>
  /** Stops the back end and starts a new one on the same data, as an app restart would. */
  restartBackend(): Promise<void>
  screenshot(name: string): Promise<string>
  close(): Promise<void>
}

/** `now`: the ISO time the back end (and so the page) is pinned at; TEST_NOW unless a test needs another date. */
export async function openHarness(
  opts: { colorScheme?: 'light' | 'dark'; dataDir?: string; services?: HarnessOptions; now?: string } = {},
): Promise<Harness> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'adwright-e2e-'))
  const logs: string[] = []
  let services: ReturnType<typeof createHarnessServices> | undefined
  const startBackend = async () => {
    // The previous back end (account databases, embedded sandbox) stops before a new one opens the same folder.
    await services?.close()
    // The back end and the page run at the test's time (the page follows app:info), so nothing ages with the calendar.
    const started = createHarnessServices(dataDir, (l) => logs.push(l), clockFor(opts.now ?? TEST_NOW_ISO), opts.services)
    services = started
    return startBridgeServer({
      dispatch: started.dispatch,
      events: started.events,
      staticDir: WEB_DIR,
      mediaSource: (a, s, variant) => started.creatives.mediaFileOf(a, s, variant),
    })
  }
  let bridge = await startBackend()
  const browser: Browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: FLAGS })
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: opts.colorScheme ?? 'light' })
  const pageErrors: string[] = []
  page.on('pageerror', (e) => pageErrors.push(e.stack ?? e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text())
  })
  await page.goto(bridge.url)

  const harness: Harness = {
    page,
    dataDir,
    get bridge() {
      return bridge
    },
    get events() {
      return services!.events
    },
    embeddedSandbox: () => services!.embeddedSandbox(),
    async openPage(url) {
      const tab = await browser.newPage({ viewport: { width: 1000, height: 800 } })
      tab.on('pageerror', (e) => pageErrors.push(e.stack ?? e.message))
      await tab.goto(url)
      return tab
    },
    async restartBackend() {
      await bridge.close()
      bridge = await startBackend()
      await page.goto(bridge.url)
    },
    async screenshot(name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true })
      const path = join(SCREENSHOT_DIR, `${name}.png`)
      await page.screenshot({ path })
      return path
    },
    async close() {
      await browser.close()
      await bridge.close()
      await services?.close()
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true })
      // Errors in the page are failures even when every assertion passed.
      const real = pageErrors.filter((e) => !e.includes('favicon'))
      if (real.length) throw new Error(`Errors in the page:\n${real.join('\n')}\n${logs.join('\n')}`)
    },
  }
  return harness
}
