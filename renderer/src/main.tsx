import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import './app/app.css'

async function boot() {
  // Only the browser-harness build carries the bridge shim; the Electron build drops this branch.
  if (import.meta.env.MODE === 'web') {
    const { installWebBridge } = await import('./api/web-bridge-shim')
    installWebBridge()
  }
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root element')
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

void boot()
