/**
 * `npm run dev:web`: the real renderer (Vite, hot reload) in any browser, backed
 * by the real services through the HTTP bridge. Data lives in .adwright-dev/
 * unless ADWRIGHT_DATA_DIR says otherwise. ADWRIGHT_TIKTOK_SANDBOX_URL (the API root
 * `npm run sandbox` prints) makes the "TikTok sandbox" profile log in through that
 * sandbox's stand-in authorization page; the link to open is printed.
 */
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { createServer as createViteServer } from 'vite'
import { startBridgeServer } from './bridge-server'
import { createHarnessServices } from './harness-services'

const dataDir = resolve(process.env.ADWRIGHT_DATA_DIR ?? '.adwright-dev')
mkdirSync(dataDir, { recursive: true })

const sandboxUrl = process.env.ADWRIGHT_TIKTOK_SANDBOX_URL
const services = createHarnessServices(dataDir, console.log, undefined, sandboxUrl ? { baseUrls: { 'tiktok-sandbox': sandboxUrl } } : {})
const vite = await createViteServer({
  configFile: resolve(import.meta.dirname, '../../vite.web.config.ts'),
  server: { middlewareMode: true, hmr: { port: 0 } },
  appType: 'spa',
})
const bridge = await startBridgeServer({
  dispatch: services.dispatch,
  events: services.events,
  mediaSource: (a, s, variant) => services.creatives.mediaFileOf(a, s, variant),
  port: Number(process.env.PORT ?? 0),
  fallback: (req, res, next) => vite.middlewares(req, res, next),
})
console.log(`Adwright browser preview (data in ${dataDir}):\n  ${bridge.url}\nCtrl+C to stop.`)

const stop = async () => {
  await bridge.close()
  await services.close()
  await vite.close()
  await services.close()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
