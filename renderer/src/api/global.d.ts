import type { AdwrightApi } from '#shared/ipc/contract'

declare global {
  interface Window {
    /** Provided by the Electron preload, or by the web bridge shim in the browser harness. */
    adwright?: AdwrightApi
  }
}
export {}
