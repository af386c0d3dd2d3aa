import { describe, expect, it, vi } from 'vitest'
import { createDispatcher, type Handlers } from '#backend/app/dispatcher'
import { ServiceError } from '#backend/app/service-error'
import { DEFAULT_SETTINGS } from '#shared/settings/settings'

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  // Only the channels these tests call are real; the rest are never reached.
  return {
    'app:info': () => ({ name: 'Adwright', version: '1', platform: 'linux', host: 'electron' }),
    'settings:get': () => ({ settings: DEFAULT_SETTINGS, notices: [] }),
    'settings:update': (p) => ({ ...DEFAULT_SETTINGS, ...p }),
    'accounts:list': () => [],
    'status:get': () => {
      throw new Error('disk on fire at /home/user/secret')
    },
    'shell:open-external': () => {
      throw new ServiceError('FORBIDDEN', 'Only https:// links can be opened.')
    },
    'app:restart-to-update': () => {},
    'results:get': () => {
      throw new ServiceError('NOT_FOUND', 'No results.')
    },
    'results:refresh': () => {
      throw new ServiceError('NOT_FOUND', 'No results.')
    },
    ...overrides,
  } as Handlers
}

describe('dispatcher', () => {
  it('passes a valid payload to the handler and wraps the value', async () => {
    const dispatch = createDispatcher(handlers())
    expect(await dispatch('settings:update', { theme: 'dark' })).toEqual({
      ok: true,
      value: { ...DEFAULT_SETTINGS, theme: 'dark' },
    })
  })

  it('rejects an invalid payload with field issues, without calling the handler', async () => {
    const update = vi.fn()
    const dispatch = createDispatcher(handlers({ 'settings:update': update }))
    const r = await dispatch('settings:update', { theme: 'sepia', bogus: 1 })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe('INVALID_REQUEST')
    expect(r.error.issues?.map((i) => i.path)).toContain('theme')
    expect(update).not.toHaveBeenCalled()
  })

  it('refuses a payload on a channel that takes none', async () => {
    const r = await createDispatcher(handlers())('settings:get', { sneaky: true })
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } })
  })

  it('refuses unknown channels', async () => {
    const r = await createDispatcher(handlers())('fs:read', '/etc/passwd')
    expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })
  })

  it('keeps a ServiceError’s code and message', async () => {
    const r = await createDispatcher(handlers())('shell:open-external', { url: 'file:///x' })
    expect(r).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Only https:// links can be opened.' } })
  })

  it('hides unexpected errors from the renderer but logs them', async () => {
    const logError = vi.fn()
    const r = await createDispatcher(handlers(), { logError })('status:get', undefined)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe('INTERNAL')
    expect(r.error.message).not.toContain('/home/user')
    expect(logError).toHaveBeenCalledWith('status:get', expect.any(Error))
  })
})
