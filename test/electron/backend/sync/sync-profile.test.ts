/**
 * What a pull caches about the advertiser (/advertiser/info/, /identity/get/),
 * on disk in the account folder, and what the app takes from it: currency and
 * time zone for the switcher, the Custom Identity permission for "Check changes".
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { coverKeyOf, tiktokMediaStore } from '#backend/creatives/tiktok-media-store'
import { describe, expect, it } from 'vitest'
import { PROFILE_FILE, loadAdvertiserProfile } from '#backend/accounts/advertiser-profile'
import type { AdvertiserSummary } from '#shared/domain/advertiser'
import { DEMO_BC_ID, DEMO_TT_USER_ID } from '#shared/domain/demo/index'
import type { AdvertiserProfile } from '#shared/domain/identities'
import { sparkPostKey } from '#shared/domain/spark-posts'
import type { CheckResult } from '#shared/domain/sync'
import { useAppServices, valueOf as value } from '#test/helpers/app-services'
import { clientFor, useSandbox } from '#test/helpers/sandbox'
import { useTempDirs } from '#test/helpers/temp-dir'
import { accountDir, draftTree, engineFor, FAST_QPS, NOW, openSyncStore, SYNC_ADVERTISER } from '#test/helpers/sync'

const startSandbox = useSandbox()
const tempDir = useTempDirs()
const appServices = useAppServices()

async function services(customIdentity: 'allowed' | 'refused') {
  const server = await startSandbox({ seedDemo: false, qps: FAST_QPS, faults: { customIdentity } })
  const client = clientFor(server, { qps: FAST_QPS })
  return { ...appServices({ now: () => NOW, seedAccount: () => null, apiClient: async () => client }), server }
}

const advertiserId = SYNC_ADVERTISER

describe('pull caches the advertiser profile', () => {
  it('stores info and identities in the account folder, refreshed on every pull', async () => {
    const server = await startSandbox({ seedDemo: false, qps: FAST_QPS })
    const dataDir = tempDir()
    const store = openSyncStore(dataDir)
    const engine = engineFor(store, dataDir, server)
    expect(existsSync(join(accountDir(dataDir), PROFILE_FILE))).toBe(false)
    await engine.download()
    const first = loadAdvertiserProfile(accountDir(dataDir))
    expect(first.info).toMatchObject({ advertiser_id: advertiserId, currency: 'USD', timezone: 'Etc/GMT', can_use_custom_identity: true })
    expect(first.identities.map((i) => i.identity_type).sort()).toEqual(['AUTH_CODE', 'BC_AUTH_TT', 'CUSTOMIZED_USER', 'TT_USER'])
    expect(first.identities.find((i) => i.identity_type === 'BC_AUTH_TT')!.identity_authorized_bc_id).toEqual(expect.any(String))
    expect(first.refreshedAt).toBe(NOW.toISOString())
    server.faults.setCustomIdentity('refused')
    await engine.download()
    expect(loadAdvertiserProfile(accountDir(dataDir)).info!.can_use_custom_identity).toBe(false)
    expect(server.stats('/identity/get/').requests).toBe(2)
    store.close()
  })

  it('keeps the previous cache when the pull fails', async () => {
    const server = await startSandbox({ seedDemo: false, qps: FAST_QPS })
    const dataDir = tempDir()
    const store = openSyncStore(dataDir)
    const engine = engineFor(store, dataDir, server)
    await engine.download()
    server.faults.add({ endpoint: '/identity/get/', kind: 'error-code', code: 40001, message: 'No permission.' })
    await expect(engine.download()).rejects.toThrow()
    expect(loadAdvertiserProfile(accountDir(dataDir)).identities).toHaveLength(4)
    store.close()
  })
})

describe("pull caches the Spark identities' TikTok posts", () => {
  const ownKey = sparkPostKey({ identity_type: 'TT_USER', identity_id: DEMO_TT_USER_ID })

  it('keeps every post of each identity that can pull videos, keyed by identity, with its cover copied, text and duration', async () => {
    const server = await startSandbox({ seedDemo: false, qps: FAST_QPS })
    const dataDir = tempDir()
    const store = openSyncStore(dataDir)
    await engineFor(store, dataDir, server).download()
    const { sparkPosts, sparkPostErrors } = loadAdvertiserProfile(accountDir(dataDir))
    // TT_USER (two pages), BC_AUTH_TT and AUTH_CODE; the custom identity has no posts and is not asked for.
    expect(Object.fromEntries(Object.entries(sparkPosts).map(([k, v]) => [k.split(':')[0], v.length]))).toEqual({
      TT_USER: 24,
      BC_AUTH_TT: 3,
      AUTH_CODE: 2,
    })
    expect(sparkPosts[ownKey]![0]).toEqual({
      item_id: expect.stringMatching(/^\d{19}$/),
      text: expect.any(String),
      status: 'HESITATE_RECOMMEND',
      cover_url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/sandbox-cdn\/posters\/\d{19}\.jpg$/),
      coverKey: coverKeyOf(sparkPosts[ownKey]![0]!.item_id),
      duration: expect.any(Number),
      width: 1080,
      height: 1920,
    })
    // Every post's cover is on this machine, so the picker shows it offline (TikTok's link expires within the hour).
    const covers = tiktokMediaStore(accountDir(dataDir))
    const all = Object.values(sparkPosts).flat()
    expect(all.every((p) => p.coverKey && readFileSync(covers.coverPath(p.coverKey))[0] === 0xff)).toBe(true)
    expect(sparkPostErrors).toEqual({})
    expect(server.stats('/identity/video/get/').requests).toBe(4)
    store.close()
  })

  it("keeps an identity's cached posts and finishes the pull when its posts cannot be listed", async () => {
    const server = await startSandbox({ seedDemo: false, qps: FAST_QPS })
    const dataDir = tempDir()
    const store = openSyncStore(dataDir)
    const engine = engineFor(store, dataDir, server)
    await engine.download()
    const before = loadAdvertiserProfile(accountDir(dataDir)).sparkPosts
    server.faults.setCustomIdentity('refused')
    server.faults.add({ endpoint: '/identity/video/get/', kind: 'error-code', code: 40002, message: 'identity_id: Authorization expired.' })
    const run = await engine.download()
    expect(run.result).toBeDefined()
    const after = loadAdvertiserProfile(accountDir(dataDir))
    // The rest of the profile is fresh…
    expect(after.info!.can_use_custom_identity).toBe(false)
    // …the posts are the last ones listed, and the failure is noted per identity.
    expect(after.sparkPosts).toEqual(before)
    expect(after.sparkPostErrors[ownKey]).toContain('Authorization expired')
    store.close()
  })
})

describe('posting Spark Ads', () => {
  it('posts a Spark "pull" ad with its TikTok post instead of a video, and a pull reads it back unchanged', async () => {
    const server = await startSandbox({ seedDemo: false, qps: FAST_QPS, faults: { customIdentity: 'refused' } })
    const dataDir = tempDir()
    const store = openSyncStore(dataDir)
    const engine = engineFor(store, dataDir, server)
    await engine.download()
    const [post] = loadAdvertiserProfile(accountDir(dataDir)).sparkPosts[sparkPostKey({ identity_type: 'TT_USER', identity_id: DEMO_TT_USER_ID })]!
    const draft = draftTree('pull', 1, 1, 1)
    const { video_id: _v, ...rest } = draft.ads[0]!
    draft.ads[0] = { ...rest, identity_type: 'TT_USER', identity_id: DEMO_TT_USER_ID, tiktok_item_id: post!.item_id }
    store.apply({ type: 'create', ...draft })
    const { result } = await engine.post()
    expect(result.posted).toBe(3)
    const [posted] = server.state.list('ad', advertiserId)
    expect(posted).toMatchObject({ identity_type: 'TT_USER', tiktok_item_id: post!.item_id })
    expect(posted!.video_id).toBeUndefined()
    await engine.download()
    expect(store.pendingCount()).toBe(0)
    store.close()
  })

  it('sends identity_id and identity_authorized_bc_id with a BC_AUTH_TT ad, which a refusing advertiser accepts', async () => {
    const server = await startSandbox({ seedDemo: false, qps: FAST_QPS, faults: { customIdentity: 'refused' } })
    const dataDir = tempDir()
    const store = openSyncStore(dataDir)
    const engine = engineFor(store, dataDir, server)
    const draft = draftTree('bc', 1, 1, 1)
    draft.ads[0] = { ...draft.ads[0]!, identity_type: 'BC_AUTH_TT', identity_id: '7304000000000000202', identity_authorized_bc_id: DEMO_BC_ID }
    store.apply({ type: 'create', ...draft })
    const { result } = await engine.post()
    expect(result.posted).toBe(3)
    const [posted] = server.state.list('ad', advertiserId)
    expect(posted).toMatchObject({ identity_type: 'BC_AUTH_TT', identity_id: '7304000000000000202', identity_authorized_bc_id: DEMO_BC_ID })
    store.close()
  })
})

describe('the app uses the cached profile', () => {
  it('starts the demo account with the demo identities cached, so a new user drafts Spark Ads offline', async () => {
    const s = appServices({ now: () => NOW })
    value(await s.dispatch('account:open', { advertiserId }))
    const profile = value<AdvertiserProfile>(await s.dispatch('account:profile', { advertiserId }))
    expect(profile.identities.map((i) => i.identity_id)).toContain(DEMO_TT_USER_ID)
    // The demo's posts too, so a Spark "pull" ad can be drafted before any pull.
    expect(profile.sparkPosts[sparkPostKey({ identity_type: 'TT_USER', identity_id: DEMO_TT_USER_ID })]).toHaveLength(24)
    expect(profile.info).toMatchObject({ can_use_custom_identity: true, currency: 'USD' })
  })

  it('serves the cached identities offline, and takes currency and time zone from /advertiser/info/', async () => {
    const s = await services('allowed')
    value(await s.dispatch('account:open', { advertiserId }))
    expect(value<AdvertiserProfile>(await s.dispatch('account:profile', { advertiserId })).identities).toEqual([])
    value(await s.dispatch('sync:download', { advertiserId }))
    await s.server.close()
    const profile = value<AdvertiserProfile>(await s.dispatch('account:profile', { advertiserId }))
    expect(profile.identities.find((i) => i.identity_type === 'TT_USER')!.identity_id).toBe(DEMO_TT_USER_ID)
    // Another currency and time zone than the static demo listing, as TikTok could answer them.
    const cached = { ...profile, info: { ...profile.info!, currency: 'EUR', timezone: 'Europe/Berlin' } }
    writeFileSync(join(s.dir, 'accounts', advertiserId, PROFILE_FILE), JSON.stringify(cached))
    const [listed] = value<AdvertiserSummary[]>(await s.dispatch('accounts:list', undefined))
    expect(listed).toMatchObject({ advertiser_id: advertiserId, currency: 'EUR', timezone: 'Europe/Berlin' })
  })

  it('holds back a new Custom Identity ad on TikTok placements once TikTok says the advertiser may not use one', async () => {
    const s = await services('refused')
    value(await s.dispatch('account:open', { advertiserId }))
    value(await s.dispatch('account:edit', { advertiserId, edit: { type: 'create', ...draftTree('ci', 1, 1, 1) } }))
    const before = value<CheckResult>(await s.dispatch('sync:check', { advertiserId }))
    expect(before.problems.map((p) => `${p.severity} ${p.ruleId}`)).toContain('warning ad.identity.custom-on-tiktok-unknown')
    expect(before.blocked).toBe(false)
    value(await s.dispatch('sync:download', { advertiserId }))
    const after = value<CheckResult>(await s.dispatch('sync:check', { advertiserId }))
    expect(after.problems.find((p) => p.ruleId === 'ad.identity.custom-on-tiktok')).toMatchObject({ severity: 'error', field: 'identity_type' })
    expect(after.blocked).toBe(true)
  })
})
