/**
 * An ad group's audiences and Pangle packages go to TikTok on create and update with TikTok's
 * names (java_sdk/docs/AdgroupCreateBody.md, AdgroupUpdateBody.md); removing them all sends []
 * so TikTok's list is cleared, and a download reads TikTok's [] back as "none".
 */
import { describe, expect, it } from 'vitest'
import { PANGLE_PACKAGES } from '#backend/sandbox/audience-store'
import { useSandbox } from '#test/helpers/sandbox'
import { fileAudience } from '#test/helpers/sandbox-audiences'
import { useTempDirs } from '#test/helpers/temp-dir'
import { draftTree, engineFor, FAST_QPS, openSyncStore } from '#test/helpers/sync'

const startSandbox = useSandbox()
const tempDir = useTempDirs()

describe('ad group audiences in sync', () => {
  it('creates with audiences and packages, updates them, clears them, and downloads the cleared group unchanged', async () => {
    const server = await startSandbox({ seedDemo: false, qps: FAST_QPS })
    const dataDir = tempDir()
    const store = openSyncStore(dataDir)
    const engine = engineFor(store, dataDir, server)
    const [vip, lapsed] = [await fileAudience(server, 2000), await fileAudience(server, 3000)]
    const include = PANGLE_PACKAGES.find((p) => p.bind_type === 'INCLUDE')!.package_id
    const tree = draftTree('aud', 1, 1, 1)
    tree.adgroups[0] = {
      ...tree.adgroups[0]!,
      placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'],
      audience_ids: [vip],
      excluded_audience_ids: [lapsed],
      included_pangle_audience_package_ids: [include],
    }
    store.apply({ type: 'create', ...tree })
    expect((await engine.post()).result).toMatchObject({ failed: 0 })
    const id = store.snapshot().adgroups[0]!.adgroup_id
    expect(server.state.get('adgroup', id)).toMatchObject({
      audience_ids: [vip],
      excluded_audience_ids: [lapsed],
      included_pangle_audience_package_ids: [include],
    })

    store.apply({ type: 'update', patches: [{ kind: 'adgroup', id, fields: { audience_ids: [lapsed], excluded_audience_ids: null } }] })
    expect((await engine.post()).result).toMatchObject({ posted: 1, failed: 0 })
    expect(server.state.get('adgroup', id)).toMatchObject({ audience_ids: [lapsed], excluded_audience_ids: [] })

    store.apply({ type: 'update', patches: [{ kind: 'adgroup', id, fields: { audience_ids: null, included_pangle_audience_package_ids: null } }] })
    expect((await engine.post()).result).toMatchObject({ posted: 1, failed: 0 })
    expect(server.state.get('adgroup', id)).toMatchObject({ audience_ids: [], included_pangle_audience_package_ids: [] })

    const { result } = await engine.download()
    expect(result.conflicts).toBe(0)
    const group = store.snapshot().adgroups.find((g) => g.adgroup_id === id)!
    expect(group.audience_ids).toBeUndefined()
    expect(group.excluded_audience_ids).toBeUndefined()
    expect(store.snapshot().pending).toEqual([])
    store.close()
  })
})
