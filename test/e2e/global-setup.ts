import { resolve } from 'node:path'
import { build } from 'vite'

/** Builds the renderer once, in the browser-harness mode, for every E2E file. */
export default async function setup() {
  await build({ configFile: resolve(import.meta.dirname, '../../vite.web.config.ts'), logLevel: 'warn' })
}
