import { emptyEntitySet } from '#shared/domain/entity-kinds'
import { join } from 'node:path'
import type { Ad, AdGroup, Campaign } from '#shared/domain/entities'
import { DEFAULT_GEO } from '#shared/domain/validation/index'
import { AccountStore } from '#backend/accounts/store/account-store'
import type { SandboxOptions, SandboxServer } from '#backend/sandbox/server'
import { emptyData } from '#backend/sandbox/sandbox-state'
import { createSyncEngine, type SyncEngineDeps } from '#backend/sync/sync-engine'
import { ad, adgroup, campaign } from './account-fixtures'
import { DEMO_TT_USER_ID } from '#shared/domain/demo/index'
import { newSmartPlusAd, newSmartPlusAdGroup, newSmartPlusCampaign } from '#shared/domain/smart-plus/defaults'
import { clientFor, useSandbox } from './sandbox'
import { useTempDirs } from './temp-dir'
import { TEST_NOW } from './clock'

/** The sandbox's demo advertiser: the only one it serves. */
export const SYNC_ADVERTISER = '7301000000000000001'
export const NOW = TEST_NOW
/** Fast enough that limits never slow a test; the benchmark measures real rates. */
export const FAST_QPS = { default: 10_000 }

export const accountDir = (dataDir: string) => join(dataDir, 'accounts', SYNC_ADVERTISER)

export function openSyncStore(dataDir: string) {
  return AccountStore.open({ dir: accountDir(dataDir), advertiserId: SYNC_ADVERTISER, now: () => NOW })
}

export function engineFor(store: AccountStore, dataDir: string, server: SandboxServer, extra: Partial<SyncEngineDeps> = {}) {
  const client = clientFor(server, { qps: FAST_QPS, backoffBaseMs: 1, backoffCapMs: 4, maxAttempts: 3 })
  return createSyncEngine({
    store,
    dir: accountDir(dataDir),
    client: async () => client,
    validation: () => ({ currency: 'USD', now: NOW, geo: DEFAULT_GEO }),
    now: () => NOW,
    ...extra,
  })
}

const own = <T extends { advertiser_id: string }>(e: T): T => ({ ...e, advertiser_id: SYNC_ADVERTISER })

/** A local draft: `c` campaigns × `g` ad groups × `a` ads, all `local-` ids, names prefixed with `tag`. */
export function draftTree(tag: string, c = 2, g = 2, a = 2) {
  const campaigns: Campaign[] = []
  const adgroups: AdGroup[] = []
  const ads: Ad[] = []
  for (let i = 1; i <= c; i++) {
    const cid = `local-${tag}-c${i}`
    campaigns.push(own(campaign(cid, { campaign_name: `${tag} campaign ${i}` })))
    for (let j = 1; j <= g; j++) {
      const gid = `${cid}-g${j}`
      adgroups.push(own(adgroup(gid, cid, { adgroup_name: `${tag} ad group ${i}.${j}` })))
      for (let k = 1; k <= a; k++)
        ads.push(own(ad(`${gid}-a${k}`, gid, { ad_name: `${tag} ad ${i}.${j}.${k}`, landing_page_url: 'https://example.com/trail' })))
    }
  }
  return { ...emptyEntitySet(), campaigns, adgroups, ads }
}

/** Names of the live objects on the server, per kind, sorted (duplicates show up twice). */
export function serverNames(server: SandboxServer) {
  const names = (kind: 'campaign' | 'adgroup' | 'ad', field: string) =>
    server.state
      .list(kind, SYNC_ADVERTISER)
      .filter((o) => !String(o.secondary_status ?? '').endsWith('_DELETE'))
      .map((o) => String(o[field]))
      .sort()
  return { campaigns: names('campaign', 'campaign_name'), adgroups: names('adgroup', 'adgroup_name'), ads: names('ad', 'ad_name') }
}

export function draftNames(d: ReturnType<typeof draftTree>) {
  return {
    campaigns: d.campaigns.map((c) => c.campaign_name).sort(),
    adgroups: d.adgroups.map((g) => g.adgroup_name).sort(),
    ads: d.ads.map((a) => a.ad_name).sort(),
  }
}

/** Empties the sandbox between seeds of a randomized run, keeping the server (and its port) up. */
export function resetSandbox(server: SandboxServer) {
  Object.assign(server.state.data, emptyData())
  server.faults.clear()
}

/**
 * A sandbox (no demo data, fast QPS), a store in a fresh folder and an engine
 * over both, closed after each test: the setup most sync tests share. Call at
 * the top of the file, like useSandbox.
 */
export function useSyncSetup() {
  const startSandbox = useSandbox()
  const tempDir = useTempDirs()
  return async (options: Partial<SandboxOptions> = {}) => {
    const server = await startSandbox({ seedDemo: false, qps: FAST_QPS, ...options })
    const dataDir = tempDir()
    const store = openSyncStore(dataDir)
    return { server, dataDir, store, engine: engineFor(store, dataDir, server) }
  }
}

/** The draft with every second ad of each ad group planned paused. */
export function withPausedAds(d: ReturnType<typeof draftTree>) {
  return { ...d, ads: d.ads.map((a, i) => (i % 2 === 1 ? { ...a, operation_status: 'DISABLE' as const } : a)) }
}

/**
 * Every status each ad (by name) has held on the sandbox, recorded at each write
 * the sandbox stores: the question is whether an ad was ever live, not only how
 * it ended.
 */
export function watchAdStatuses(server: SandboxServer) {
  const seen = new Map<string, Set<string>>()
  const put = server.state.put.bind(server.state)
  server.state.put = (kind, obj) => {
    if (kind === 'ad') {
      const name = String(obj.ad_name)
      seen.set(name, (seen.get(name) ?? new Set()).add(String(obj.operation_status)))
    }
    put(kind, obj)
  }
  /** Names of the ads planned paused that were ever ENABLE on the server. */
  return (d: ReturnType<typeof draftTree>) =>
    d.ads.filter((a) => a.operation_status === 'DISABLE' && seen.get(a.ad_name)?.has('ENABLE')).map((a) => a.ad_name)
}

/** The draft with every ad posting as the demo advertiser's own TikTok account (a Spark Ad, TT_USER). */
export function withSparkIdentity(d: ReturnType<typeof draftTree>) {
  return { ...d, ads: d.ads.map((a) => ({ ...a, identity_type: 'TT_USER' as const, identity_id: DEMO_TT_USER_ID })) }
}

/**
 * A local Upgraded Smart+ draft for the sync advertiser: one WEB_CONVERSIONS campaign (CBO on), `g` ad groups in the
 * US with the demo pixel, each with one ad of three creatives (Spark identity) and two texts — valid as drafted.
 */
export function smartPlusDraft(tag: string, g = 2) {
  const c = { ...newSmartPlusCampaign(SYNC_ADVERTISER, `local-${tag}-spc`), campaign_name: `${tag} Smart+ campaign` }
  const smartPlusAdgroups = Array.from({ length: g }, (_, j) => ({
    ...newSmartPlusAdGroup(c, `local-${tag}-spg${j + 1}`, NOW),
    adgroup_name: `${tag} Smart+ ad group ${j + 1}`,
    targeting_spec: { location_ids: ['6252001'], spc_audience_age: 'OVER_EIGHTEEN' as const },
    pixel_id: '7302000000000000501',
    optimization_event: 'SHOPPING' as const,
  }))
  const smartPlusAds = smartPlusAdgroups.map((group, j) => ({
    ...newSmartPlusAd(group, `local-${tag}-spa${j + 1}`),
    ad_name: `${tag} Smart+ ad ${j + 1}`,
    creative_list: [1, 2, 3].map((n) => ({
      creative_info: {
        ad_format: 'SINGLE_VIDEO' as const,
        video_info: { video_id: `v-${tag}-${j + 1}-${n}` },
        identity_type: 'TT_USER' as const,
        identity_id: DEMO_TT_USER_ID,
      },
    })),
    ad_text_list: [{ ad_text: 'Trail shoes for spring' }, { ad_text: 'Lighter, faster, further' }],
    landing_page_url_list: [{ landing_page_url: 'https://example.com/trail' }],
  }))
  return { smartPlusCampaigns: [c], smartPlusAdgroups, smartPlusAds }
}
