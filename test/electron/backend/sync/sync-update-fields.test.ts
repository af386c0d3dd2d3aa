/**
 * Updates send only what TikTok's update endpoints take ([SDK] adgroup_update_body.py):
 * the sandbox refuses any other field (40002), so a change TikTok cannot make is
 * reported instead of failing the whole update.
 */
import { describe, expect, it } from 'vitest'
import type { AdGroup } from '#shared/domain/entities'
import { useSandbox } from '#test/helpers/sandbox'
import { useTempDirs } from '#test/helpers/temp-dir'
import { draftTree, engineFor, FAST_QPS, openSyncStore } from '#test/helpers/sync'

const startSandbox = useSandbox()
const tempDir = useTempDirs()

describe('ad group updates', () => {
  it('posts a rename and leaves a placements change (not updatable on TikTok) unsent', async () => {
    const server = await startSandbox({ seedDemo: false, qps: FAST_QPS })
    const dataDir = tempDir()
    const store = openSyncStore(dataDir)
    const engine = engineFor(store, dataDir, server)
    store.apply({ type: 'create', ...draftTree('u', 1, 1, 1) })
    await engine.post()
    const [group] = store.snapshot().adgroups
    const placements: AdGroup['placements'] = group!.placements.includes('PLACEMENT_PANGLE')
      ? ['PLACEMENT_TIKTOK']
      : ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE']
    store.apply({
      type: 'update',
      patches: [{ kind: 'adgroup', id: group!.adgroup_id, fields: { adgroup_name: 'renamed group', placements } }],
    })
    const { result } = await engine.post()
    expect(result).toMatchObject({ posted: 1, failed: 0 })
    expect(server.state.get('adgroup', group!.adgroup_id)).toMatchObject({ adgroup_name: 'renamed group', placements: group!.placements })
    store.close()
  })
})
