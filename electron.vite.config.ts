import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

const root = import.meta.dirname

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          // Run by main in a child process to check account databases (electron/backend/accounts/store/account-probe.ts).
          'account-probe': resolve(root, 'electron/backend/accounts/store/account-probe-main.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads must be a single CommonJS file.
      rollupOptions: { input: { index: resolve(root, 'electron/preload/index.ts') }, output: { format: 'cjs' } },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    build: {
      outDir: resolve(root, 'out/renderer'),
      sourcemap: false,
      rollupOptions: { input: resolve(root, 'renderer/index.html') },
    },
    plugins: [react()],
  },
})
