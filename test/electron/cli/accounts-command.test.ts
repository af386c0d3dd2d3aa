/** `npm run cli -- accounts` against a real sandbox: the demo token, and an OAuth login's token with the app's id and secret. */
import { describe, expect, it } from 'vitest'
import { runAccountsCommand } from '../../../electron/cli/accounts-command'
import { SANDBOX_APP, SANDBOX_BC_ADVERTISERS } from '#backend/sandbox/oauth-directory'
import { SANDBOX_DEMO_TOKEN } from '#backend/sandbox/server'
import { testNow } from '#test/helpers/clock'
import { sandboxOAuthToken } from '#test/helpers/oauth-login'
import { useSandbox } from '#test/helpers/sandbox'

const startSandbox = useSandbox()

function io() {
  const out = { stdout: '', stderr: '' }
  return { out, io: { stdout: (s: string) => (out.stdout += s), stderr: (s: string) => (out.stderr += s), now: testNow } }
}

describe('accounts', () => {
  it('lists the demo advertiser with its currency and time zone for the demo token, as JSON', async () => {
    const server = await startSandbox()
    const { out, io: cli } = io()
    expect(await runAccountsCommand(['--api', server.baseUrl, '--token', SANDBOX_DEMO_TOKEN, '--json'], cli)).toBe(0)
    expect(JSON.parse(out.stdout)).toEqual([
      { advertiser_id: '7301000000000000001', name: 'Northwind Outdoor (demo)', currency: 'USD', timezone: 'Etc/GMT', status: 'STATUS_ENABLE' },
    ])
  })

  it('lists an OAuth login’s advertisers and its Business Center’s accounts with the app id and secret, keeping the secret out of its output', async () => {
    const server = await startSandbox()
    const token = await sandboxOAuthToken(server.baseUrl)
    const { out, io: cli } = io()
    const flags = ['--api', server.baseUrl, '--token', token, '--app-id', SANDBOX_APP.app_id, '--secret', SANDBOX_APP.secret]
    expect(await runAccountsCommand([...flags, '--json'], cli)).toBe(0)
    const rows = JSON.parse(out.stdout) as { currency: string | null; timezone: string | null; authorized?: boolean }[]
    expect(rows.filter((r) => r.authorized !== false).map((r) => `${r.currency} ${r.timezone}`)).toEqual([
      'USD America/New_York',
      'USD America/Los_Angeles',
      'EUR Europe/Berlin',
    ])
    expect(rows.filter((r) => r.authorized === false)).toHaveLength(SANDBOX_BC_ADVERTISERS.length)
    const text = io()
    expect(await runAccountsCommand(flags, text.io)).toBe(0)
    expect(text.out.stdout.split('\n')[0]).toBe('7302000000000000011  Lumen Coffee US  USD  America/New_York  STATUS_ENABLE')
    expect(out.stdout + out.stderr + text.out.stdout + text.out.stderr).not.toContain(SANDBOX_APP.secret)
  })

  it('says what TikTok refused, without the secret, and exits 1; bad flags exit 2', async () => {
    const server = await startSandbox()
    const token = await sandboxOAuthToken(server.baseUrl)
    const noApp = io()
    expect(await runAccountsCommand(['--api', server.baseUrl, '--token', token], noApp.io)).toBe(1)
    expect(noApp.out.stderr).toContain('40002')
    const wrong = io()
    expect(
      await runAccountsCommand(['--api', server.baseUrl, '--token', token, '--app-id', SANDBOX_APP.app_id, '--secret', 'wrong-secret-9'], wrong.io),
    ).toBe(1)
    expect(wrong.out.stderr).toContain('40001')
    expect(wrong.out.stderr).not.toContain('wrong-secret-9')
    const usage = io()
    expect(await runAccountsCommand(['--token', token], usage.io)).toBe(2)
    expect(usage.out.stderr).toContain('Missing --api')
    expect(await runAccountsCommand(['--api', server.baseUrl, '--token', token, '--app-id', '1'], io().io)).toBe(2)
  })
})
