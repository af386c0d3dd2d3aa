/**
 * Issue 13's acceptance: an upload interrupted by SIGKILL and resumed; each
 * file reaches the sandbox exactly once. The sandbox stores each upload and
 * then answers slowly, so the kill lands after TikTok has a file but before the
 * app heard of it — the case a blind retry would duplicate.
 */
import { describe, expect, it } from 'vitest'
import { libraryRef } from '#shared/creatives/creative-ref'
import { openCreativeLibrary } from '#backend/creatives/creative-library'
import { makeVideo } from '#test/helpers/media'
import { useSandbox } from '#test/helpers/sandbox'
import { useTempDirs } from '#test/helpers/temp-dir'
import { postInChildUntil } from '#test/helpers/sync-post-process'
import { accountDir, draftTree, engineFor, FAST_QPS, NOW, openSyncStore, SYNC_ADVERTISER } from '#test/helpers/sync'

const startSandbox = useSandbox()
const tempDir = useTempDirs()

describe('uploads killed midway', () => {
  for (const killAfter of [1, 2]) {
    it(`is SIGKILLed after ${killAfter} stored upload(s) and resumed: each file once, every ad posted`, { timeout: 90_000 }, async () => {
      const server = await startSandbox({
        seedDemo: false,
        qps: FAST_QPS,
        faults: { rules: [{ endpoint: '/file/video/ad/upload/', kind: 'latency', latencyMs: 400 }] },
      })
      const dataDir = tempDir()
      const files = tempDir()
      const library = openCreativeLibrary(accountDir(dataDir), () => NOW)
      const added = await library.add([1, 2, 3].map((n) => makeVideo(files, `clip-${n}`, { width: 720, height: 1280, seconds: 5 + n })))
      const signatures = added.map((o) => ('added' in o ? o.added.signature : ''))
      const draft = draftTree(`u${killAfter}`, 1, 1, 3)
      draft.ads = draft.ads.map((a, i) => ({ ...a, video_id: libraryRef(signatures[i]!) }))
      const before = openSyncStore(dataDir)
      before.apply({ type: 'create', ...draft })
      before.close()

      const stored = () => Object.keys(server.state.data.materials?.videos ?? {}).length
      const killed = await postInChildUntil(dataDir, server.baseUrl, () => stored() >= killAfter, 45_000)
      expect(killed.signal, killed.stderr).toBe('SIGKILL')
      expect(stored()).toBe(killAfter)
      expect(server.state.list('ad', SYNC_ADVERTISER)).toHaveLength(0)

      const store = openSyncStore(dataDir)
      const { result } = await engineFor(store, dataDir, server).post()
      expect(result.failed).toBe(0)
      const videos = Object.values(server.state.data.materials!.videos)
      // Exactly once each: the file stored before the kill was found by its signature, not sent again.
      expect(videos.map((v) => v.signature).sort()).toEqual([...signatures].sort())
      expect(server.stats('/file/video/ad/upload/').requests).toBe(3)
      const idOf = new Map(videos.map((v) => [v.signature, v.video_id]))
      expect(server.state.list('ad', SYNC_ADVERTISER).map((a) => a.video_id)).toEqual(signatures.map((s) => idOf.get(s)))
      expect(store.pendingCount()).toBe(0)
      store.close()
    })
  }
})
