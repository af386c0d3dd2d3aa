import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

/**
 * The renderer built for the browser harness (dev/test only). Mode `web` makes
 * renderer/src/main.tsx install the HTTP bridge shim as `window.adwright`; the
 * Electron build (mode `production`) drops that code entirely.
 */
export default defineConfig({
  mode: 'web',
  root: resolve(import.meta.dirname, 'renderer'),
  plugins: [react()],
  build: { outDir: resolve(import.meta.dirname, 'out/web'), emptyOutDir: true },
  logLevel: 'warn',
})
