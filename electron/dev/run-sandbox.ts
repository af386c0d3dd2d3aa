/**
 * `npm run sandbox`: the embedded sandbox API on its own, for curl, demos and
 * the TikTok client. Options via the environment: SANDBOX_PORT (default random),
 * SANDBOX_SEED, SANDBOX_STATE (a JSON file to keep objects across runs).
 */
import { SANDBOX_DEMO_TOKEN, startSandboxServer } from '../services/sandbox-server/server'

const server = await startSandboxServer({
  port: Number(process.env.SANDBOX_PORT ?? 0),
  seed: Number(process.env.SANDBOX_SEED ?? 1),
  stateFile: process.env.SANDBOX_STATE || undefined,
})
console.log(`Sandbox API: ${server.baseUrl}`)
console.log(`Access-Token: ${SANDBOX_DEMO_TOKEN}`)
console.log(`Try: curl -H 'Access-Token: ${SANDBOX_DEMO_TOKEN}' '${server.baseUrl}/oauth2/advertiser/get/'`)

const stop = () => void server.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
