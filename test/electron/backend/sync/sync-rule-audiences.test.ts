/**
 * Rule-based audiences (website traffic, app activity, engagement) drafted in Adwright are created with
 * `/dmp/custom_audience/rule/create/` before the ad groups that use them, over real HTTP against the sandbox
 * ([SDK] dmp_custom_audience_rule_create.yml). A lost answer is read back by name, never created twice.
 */
import { describe, expect, it } from 'vitest'
import type { Audience } from '#shared/audiences/schemas'
import { openAudienceCatalogue } from '#backend/accounts/audience-catalogue'
import type { SandboxServer } from '#backend/sandbox/server'
import { useSandbox } from '#test/helpers/sandbox'
import { ruleSpec } from '#test/helpers/plan-audiences'
import { useTempDirs } from '#test/helpers/temp-dir'
import { apiTimeAfter } from '#test/helpers/clock'
import { accountDir, draftTree, engineFor, FAST_QPS, openSyncStore, SYNC_ADVERTISER } from '#test/helpers/sync'

const startSandbox = useSandbox()
const tempDir = useTempDirs()

const PIXEL = '7302000000000009001'

/** A pixel of the advertiser's, as /pixel/list/ would show it (the sandbox starts without one here). */
function addPixel(server: SandboxServer) {
  server.state.data.pixels.push({
    advertiser_id: SYNC_ADVERTISER,
    pixel_id: PIXEL,
    pixel_code: 'CTESTPIXEL',
    pixel_name: 'Shop pixel',
    create_time: apiTimeAfter(0),
    events: [],
  })
}

const buyers = (pixel = PIXEL): Audience => ({
  audience_id: 'local-buyers',
  custom_audience_name: 'Site buyers',
  audience_type: 'WEBSITE_TRAFFIC',
  cover_num: null,
  retention_in_days: 90,
  rule_spec: ruleSpec([pixel]),
})
const viewers: Audience = {
  audience_id: 'local-viewers',
  custom_audience_name: 'Ad engagers',
  audience_type: 'ENGAGEMENT',
  cover_num: null,
  rule_spec: ruleSpec([], 'ENGAGEMENT CLICK'),
}
const installers: Audience = {
  audience_id: 'local-installers',
  custom_audience_name: 'App installers',
  audience_type: 'APP_ACTIVITY',
  cover_num: null,
  rule_spec: ruleSpec(['6447000000'], 'APP INSTALL'),
}

function setup(server: SandboxServer, audiences: Audience[], uses: Array<{ include?: string[]; exclude?: string[] }>) {
  const dataDir = tempDir()
  const store = openSyncStore(dataDir)
  const engine = engineFor(store, dataDir, server)
  const catalogue = openAudienceCatalogue(accountDir(dataDir))
  for (const a of audiences) catalogue.save(a)
  const tree = draftTree('rule', 1, uses.length, 0)
  uses.forEach((u, i) => {
    tree.adgroups[i] = {
      ...tree.adgroups[i]!,
      ...(u.include ? { audience_ids: u.include } : {}),
      ...(u.exclude ? { excluded_audience_ids: u.exclude } : {}),
    }
  })
  store.apply({ type: 'create', ...tree })
  return { store, engine, catalogue }
}

const sandboxAudiences = (server: SandboxServer) => Object.values(server.state.data.audiences?.audiences ?? {})

describe('rule-based audiences in a post', () => {
  it('creates website, engagement and app audiences once, before their ad groups, which name TikTok’s ids', async () => {
    const server = await startSandbox({ seedDemo: false, qps: FAST_QPS })
    addPixel(server)
    const { store, engine, catalogue } = setup(
      server,
      [buyers(), viewers, installers],
      [{ include: ['local-buyers'], exclude: ['local-viewers'] }, { include: ['local-installers', 'local-viewers'] }],
    )
    const { result } = await engine.post()
    expect(result).toMatchObject({ failed: 0, skipped: 0 })
    const made = sandboxAudiences(server)
    expect(made.map((a) => [a.name, a.audience_type]).sort()).toEqual([
      ['Ad engagers', 'ENGAGEMENT'],
      ['App installers', 'APP'],
      ['Site buyers', 'PIXEL'],
    ])
    // What TikTok holds is what the draft said: its pixel, its lookback, its retention; an empty source list left out.
    const site = made.find((a) => a.name === 'Site buyers')!
    expect(site).toMatchObject({
      retention_in_days: 90,
      rule_spec: { inclusion_rule_set: { rules: [{ event_source_ids: [PIXEL], retention_days: 30 }] } },
    })
    expect(made.find((a) => a.name === 'Ad engagers')!.rule_spec).not.toHaveProperty('inclusion_rule_set.rules.0.event_source_ids')
    const idOf = (name: string) => made.find((a) => a.name === name)!.audience_id
    const [g1, g2] = store.snapshot().adgroups.map((g) => g.adgroup_id)
    expect(server.state.get('adgroup', g1!)).toMatchObject({ audience_ids: [idOf('Site buyers')], excluded_audience_ids: [idOf('Ad engagers')] })
    expect(server.state.get('adgroup', g2!)).toMatchObject({ audience_ids: [idOf('App installers'), idOf('Ad engagers')] })
    expect(
      catalogue
        .list()
        .map((a) => a.audience_id)
        .sort(),
    ).toEqual(made.map((a) => a.audience_id).sort())

    // Nothing left to post, and a download keeps the rules Adwright created them with, with TikTok's size.
    expect((await engine.post()).result).toMatchObject({ posted: 0, failed: 0 })
    expect(sandboxAudiences(server)).toHaveLength(3)
    await engine.download()
    expect(catalogue.byId().get(idOf('Site buyers'))).toMatchObject({
      audience_type: 'WEBSITE_TRAFFIC',
      cover_num: site.cover_num,
      rule_spec: (buyers() as Extract<Audience, { audience_type: 'WEBSITE_TRAFFIC' }>).rule_spec,
    })
    store.close()
  })

  it('a rule TikTok refuses holds only the ad groups that use it, with TikTok’s message', async () => {
    const server = await startSandbox({ seedDemo: false, qps: FAST_QPS })
    addPixel(server)
    const { store, engine, catalogue } = setup(server, [buyers('999'), viewers], [{ include: ['local-buyers'] }, { include: ['local-viewers'] }, {}])
    const { result } = await engine.post()
    expect(result.outcomes.find((o) => o.name === 'rule ad group 1.1')).toMatchObject({
      outcome: 'skipped',
      message: expect.stringMatching(/“Site buyers” could not be posted: .*event_source_ids: Pixel 999 does not exist/),
    })
    expect(result.outcomes.find((o) => o.name === 'rule ad group 1.2')).toMatchObject({ outcome: 'posted' })
    expect(result.outcomes.find((o) => o.name === 'rule ad group 1.3')).toMatchObject({ outcome: 'posted' })
    expect(sandboxAudiences(server).map((a) => a.name)).toEqual(['Ad engagers'])
    // The refused draft stays a draft, with nothing marked as sent: fixing it and posting again creates it once.
    expect(catalogue.byId().get('local-buyers')).toBeDefined()
    expect(catalogue.sentAt('local-buyers')).toBeUndefined()
    catalogue.save(buyers())
    expect((await engine.post()).result).toMatchObject({ failed: 0, skipped: 0 })
    expect(
      sandboxAudiences(server)
        .map((a) => a.name)
        .sort(),
    ).toEqual(['Ad engagers', 'Site buyers'])
    store.close()
  })

  it('a lost answer is read back by name, also on the next post when the read-back failed, so one audience is made', async () => {
    const server = await startSandbox({ seedDemo: false, qps: FAST_QPS })
    addPixel(server)
    const { store, engine, catalogue } = setup(server, [buyers(), viewers], [{ include: ['local-buyers'] }, { include: ['local-viewers'] }])
    server.faults.add({ endpoint: '/dmp/custom_audience/rule/create/', kind: 'drop-after-commit', times: 1 })
    const first = await engine.post()
    expect(first.result).toMatchObject({ failed: 0, skipped: 0 })
    expect(
      sandboxAudiences(server)
        .map((a) => a.name)
        .sort(),
    ).toEqual(['Ad engagers', 'Site buyers'])

    // Now the answer is lost and so is the read-back: the ad group waits; the next post finds the audience.
    catalogue.save(installers)
    const g = store.snapshot().adgroups[0]!
    store.apply({ type: 'update', patches: [{ kind: 'adgroup', id: g.adgroup_id, fields: { excluded_audience_ids: ['local-installers'] } }] })
    server.faults.add({ endpoint: '/dmp/custom_audience/rule/create/', kind: 'drop-after-commit', times: 1 })
    server.faults.add({ endpoint: '/dmp/custom_audience/list/', kind: 'error-code', code: 40100, message: 'Too many requests.', times: 10 })
    const second = await engine.post()
    expect(second.result.outcomes.find((o) => o.id === g.adgroup_id)).toMatchObject({ outcome: 'skipped' })
    expect(catalogue.sentAt('local-installers')).toBeDefined()
    server.faults.clear()
    const third = await engine.post()
    expect(third.result).toMatchObject({ failed: 0, skipped: 0 })
    const made = sandboxAudiences(server).filter((a) => a.name === 'App installers')
    expect(made).toHaveLength(1)
    expect(server.state.get('adgroup', g.adgroup_id)).toMatchObject({ excluded_audience_ids: [made[0]!.audience_id] })
    expect(catalogue.sentAt('local-installers')).toBeUndefined()
    store.close()
  })
})
