import type { Page } from 'playwright-core'

/** Sync → "Get recent changes", waited for: the sandbox's account, identities, pixels and media replace the local copy. */
export async function pullAccount(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Sync' }).click()
  await page.getByRole('button', { name: 'Get recent changes' }).click()
  await page.getByText(/^Downloaded \d+ campaigns/).waitFor()
}
