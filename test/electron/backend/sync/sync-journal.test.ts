/** The create journal's file: when each create left, and a torn last line that must not swallow the next record. */
import { appendFileSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { openJournal } from '#backend/sync/sync-journal'
import { useTempDirs } from '#test/helpers/temp-dir'
import { TEST_NOW } from '#test/helpers/clock'

const tempDir = useTempDirs()

describe('sync journal', () => {
  it('keeps the time a create first left, through a reopen and a compaction', () => {
    const dir = tempDir()
    const j = openJournal(dir)
    j.intent({ kind: 'campaign', key: 'campaign/local-1', localIds: ['local-1'], requestId: '7', params: { campaign_name: 'A' } })
    j.sent('campaign/local-1', TEST_NOW)
    j.sent('campaign/local-1', new Date(TEST_NOW.getTime() + 60_000))
    expect(openJournal(dir).get('campaign/local-1')).toMatchObject({ sent: true, sentAt: TEST_NOW.toISOString() })
    openJournal(dir).compact(() => true)
    expect(openJournal(dir).get('campaign/local-1')?.sentAt).toBe(TEST_NOW.toISOString())
  })

  it('drops a torn last line on open, so the next record is not glued to it and lost', () => {
    const dir = tempDir()
    const j = openJournal(dir)
    j.intent({ kind: 'campaign', key: 'campaign/local-1', localIds: ['local-1'], requestId: '7', params: {} })
    appendFileSync(j.path, '{"op":"sent","ke')
    const again = openJournal(dir)
    again.intent({ kind: 'campaign', key: 'campaign/local-2', localIds: ['local-2'], requestId: '8', params: {} })
    expect(
      openJournal(dir)
        .entries()
        .map((e) => e.key),
    ).toEqual(['campaign/local-1', 'campaign/local-2'])
    expect(readFileSync(j.path, 'utf8')).not.toContain('"ke{')
  })
})
