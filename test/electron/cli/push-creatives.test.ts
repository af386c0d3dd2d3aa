/** `push` with creatives named by local path or by library signature: added to the library, uploaded once, posted with TikTok's ids. */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runPushCommand } from '../../../electron/cli/push-command'
import { SANDBOX_DEMO_TOKEN } from '#backend/sandbox/server'
import { openCreativeLibrary } from '#backend/creatives/creative-library'
import { exportPlan } from '#shared/domain/plan/index'
import { useSandbox } from '#test/helpers/sandbox'
import { useTempDirs } from '#test/helpers/temp-dir'
import { makeImage, makeJunk, makeVideo } from '#test/helpers/media'
import { accountDir, draftTree, FAST_QPS, smartPlusDraft, SYNC_ADVERTISER } from '#test/helpers/sync'
import { emptyEntitySet } from '#shared/domain/entity-kinds'
import { smartPlusAds as sandboxSmartPlusAds } from '#backend/sandbox/smart-plus-store'
import { testNow } from '#test/helpers/clock'

const startSandbox = useSandbox()
const tempDir = useTempDirs()

describe('push with creatives from files', { timeout: 60_000 }, () => {
  it('adds files named by path, uploads each once, and refuses a file that is not media with its name', async () => {
    const server = await startSandbox({ seedDemo: false, qps: FAST_QPS })
    const dir = tempDir()
    makeVideo(dir, 'ridge', { width: 720, height: 1280, seconds: 6 })
    makeImage(dir, 'card', 1080, 1920)
    const draft = draftTree('p', 1, 1, 3)
    draft.ads[0] = { ...draft.ads[0]!, video_id: 'ridge.mp4' }
    draft.ads[1] = { ...draft.ads[1]!, ad_format: 'SINGLE_IMAGE', video_id: undefined, image_ids: ['card.jpg'] }
    draft.ads[2] = { ...draft.ads[2]!, video_id: join(dir, 'ridge.mp4') }
    const planPath = join(dir, 'plan.json')
    writeFileSync(planPath, exportPlan(draft, SYNC_ADVERTISER))
    const store = join(dir, 'data')
    const flags = ['--api', server.baseUrl, '--token', SANDBOX_DEMO_TOKEN, '--advertiser', SYNC_ADVERTISER, '--store', store]
    const out = { stdout: '', stderr: '' }
    const io = { stdout: (s: string) => (out.stdout += s), stderr: (s: string) => (out.stderr += s), now: testNow }
    expect(await runPushCommand([planPath, ...flags], io)).toBe(0)
    expect(out.stdout).toContain('Posted 5, failed 0')
    const videos = Object.values(server.state.data.materials!.videos)
    expect(videos).toHaveLength(1)
    const image = Object.values(server.state.data.materials!.images)[0]!
    const ads = server.state.list('ad', SYNC_ADVERTISER)
    expect(ads.map((a) => a.video_id ?? (a.image_ids as string[])[0])).toEqual([videos[0]!.video_id, image.image_id, videos[0]!.video_id])
    // By signature: the library's creative, already on TikTok, so nothing is uploaded again.
    const library = openCreativeLibrary(accountDir(store), testNow)
    const sig = library.list().creatives.find((c) => c.fileName === 'ridge.mp4')!.signature
    const more = draftTree('s', 1, 1, 1)
    more.ads[0] = { ...more.ads[0]!, video_id: sig }
    writeFileSync(
      planPath,
      exportPlan(
        {
          ...draft,
          campaigns: [...draft.campaigns, ...more.campaigns],
          adgroups: [...draft.adgroups, ...more.adgroups],
          ads: [...draft.ads, ...more.ads],
        },
        SYNC_ADVERTISER,
      ),
    )
    expect(await runPushCommand([planPath, ...flags], io)).toBe(0)
    expect(server.stats('/file/video/ad/upload/').requests).toBe(1)
    expect(server.state.list('ad', SYNC_ADVERTISER).find((a) => a.ad_name === 's ad 1.1.1')!.video_id).toBe(videos[0]!.video_id)

    makeJunk(dir, 'broken.mp4')
    draft.ads[0] = { ...draft.ads[0]!, video_id: 'broken.mp4' }
    writeFileSync(planPath, exportPlan(draft, SYNC_ADVERTISER))
    out.stderr = ''
    expect(await runPushCommand([planPath, ...flags], io)).toBe(1)
    expect(out.stderr).toContain('plan ad “p ad 1.1.1” video_id: broken.mp4 cannot be added to the library: This is not a video or image file')
  })
})

describe('push of a Smart+ plan with creatives from files', { timeout: 60_000 }, () => {
  it('adds each creative’s file, uploads it once, and posts the Smart+ ad with TikTok’s ids', async () => {
    const server = await startSandbox({ seedDemo: true, qps: FAST_QPS })
    const dir = tempDir()
    makeVideo(dir, 'trail', { width: 720, height: 1280, seconds: 6 })
    makeImage(dir, 'card', 1080, 1920)
    const draft = smartPlusDraft('spf', 1)
    const [ad] = draft.smartPlusAds
    const info = ad!.creative_list[0]!.creative_info
    const smartPlusAds = [
      {
        ...ad!,
        creative_list: [
          { creative_info: { ...info, video_info: { video_id: 'trail.mp4' } } },
          { creative_info: { ...info, video_info: { video_id: join(dir, 'trail.mp4') } } },
          { creative_info: { ...info, ad_format: 'CAROUSEL_ADS' as const, video_info: undefined, image_info: [{ web_uri: 'card.jpg' }] } },
        ],
      },
    ]
    const planPath = join(dir, 'plan.json')
    writeFileSync(planPath, exportPlan({ ...emptyEntitySet(), ...draft, smartPlusAds }, SYNC_ADVERTISER))
    const flags = ['--api', server.baseUrl, '--token', SANDBOX_DEMO_TOKEN, '--advertiser', SYNC_ADVERTISER, '--store', join(dir, 'data')]
    const out = { stdout: '', stderr: '' }
    const io = { stdout: (s: string) => (out.stdout += s), stderr: (s: string) => (out.stderr += s), now: testNow }
    expect(await runPushCommand([planPath, ...flags], io), out.stderr).toBe(0)
    // The demo account's own videos and images are in its asset library too; these are the plan's files.
    const video = Object.values(server.state.data.materials!.videos).filter((v) => v.file_name === 'trail.mp4')
    expect(video).toHaveLength(1)
    const image = Object.values(server.state.data.materials!.images).find((i) => i.file_name === 'card.jpg')!
    const [posted] = sandboxSmartPlusAds(server.state, SYNC_ADVERTISER)
    const media = (
      posted!.creative_list as Array<{ creative_info: { video_info?: { video_id: string }; image_info?: Array<{ web_uri: string }> } }>
    ).map((c) => c.creative_info.video_info?.video_id ?? c.creative_info.image_info?.[0]?.web_uri)
    expect(media).toEqual([video[0]!.video_id, video[0]!.video_id, image.image_id])
  })
})
