/**
 * `push` of a plan with an `audiences` list, against the sandbox over real HTTP: the audiences go into the
 * advertiser's audience list (a customer file only hashed), are created before the ad groups that use them
 * (and those no ad group uses yet, too), and a rerun creates nothing again.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runPushCommand } from '../../../electron/cli/push-command'
import { SANDBOX_DEMO_TOKEN, type SandboxServer } from '#backend/sandbox/server'
import { audienceDirOf, openAudienceCatalogue } from '#backend/accounts/audience-catalogue'
import { exportPlan } from '#shared/domain/plan/index'
import { useSandbox } from '#test/helpers/sandbox'
import { useTempDirs } from '#test/helpers/temp-dir'
import { accountDir, draftTree, FAST_QPS, smartPlusDraft, SYNC_ADVERTISER } from '#test/helpers/sync'
import { emptyEntitySet } from '#shared/domain/entity-kinds'
import { PIXEL_ID, planAudiences, rawCustomerCsv } from '#test/helpers/plan-audiences'
import { apiTimeAfter, testNow } from '#test/helpers/clock'

const startSandbox = useSandbox()
const tempDir = useTempDirs()

type Json = Record<string, any>

function addPixel(server: SandboxServer) {
  server.state.data.pixels.push({
    advertiser_id: SYNC_ADVERTISER,
    pixel_id: PIXEL_ID,
    pixel_code: 'CTESTPIXEL',
    pixel_name: 'Shop pixel',
    create_time: apiTimeAfter(0),
    events: [],
  })
}

/** A plan of one campaign, two ad groups (the first using audiences), every kind of audience, the customer file named by its CSV. */
function writePlan(dir: string) {
  mkdirSync(join(dir, 'crm'))
  writeFileSync(join(dir, 'crm', 'vip.csv'), rawCustomerCsv(3000))
  const tree = draftTree('aud', 1, 2, 1)
  tree.adgroups[0] = { ...tree.adgroups[0]!, audience_ids: ['local-vip-lal', 'local-buyers'], excluded_audience_ids: ['local-vip'] }
  const plan = JSON.parse(exportPlan(tree, SYNC_ADVERTISER, planAudiences())) as Json
  const { hashing: _h, ...vip } = plan.audiences[0]
  plan.audiences[0] = { ...vip, file_path: 'crm/vip.csv' }
  const path = join(dir, 'plan.json')
  writeFileSync(path, JSON.stringify(plan, null, 2))
  return path
}

describe('push with plan audiences', { timeout: 60_000 }, () => {
  it('hashes the customer file, creates every audience once before the ad groups, which name TikTok’s ids; a rerun creates nothing', async () => {
    const server = await startSandbox({ seedDemo: false, qps: FAST_QPS })
    addPixel(server)
    const dir = tempDir()
    const planPath = writePlan(dir)
    const store = join(dir, 'data')
    const flags = ['--api', server.baseUrl, '--token', SANDBOX_DEMO_TOKEN, '--advertiser', SYNC_ADVERTISER, '--store', store]
    const out = { stdout: '', stderr: '' }
    const io = { stdout: (s: string) => (out.stdout += s), stderr: (s: string) => (out.stderr += s), now: testNow }

    expect(await runPushCommand([planPath, ...flags], io)).toBe(0)
    expect(out.stderr).toBe('')
    expect(out.stdout).toContain('Audience “VIP customers” (audiences[0]): 3,001 rows: 3,000 valid emails, 1 unusable emails; 1 bad row left out.')
    const made = () => Object.values(server.state.data.audiences!.audiences)
    const idOf = (name: string) => made().find((a) => a.name === name)!.audience_id
    expect(
      made()
        .map((a) => [a.name, a.audience_type])
        .sort(),
    ).toEqual([
      ['Ad engagers', 'ENGAGEMENT'],
      ['App openers', 'APP'],
      ['Site buyers', 'PIXEL'],
      ['VIP customers', 'CUSTOMER_FILE'],
      ['VIP lookalike', 'LOOKALIKE'],
    ])
    // TikTok got the hashed file: 3,000 identifiers, the bad row left out.
    expect(Object.values(server.state.data.audiences!.files).map((f) => f.rows)).toEqual([3000])
    expect(made().find((a) => a.name === 'VIP lookalike')!.lookalike_spec).toMatchObject({ source_audience_id: idOf('VIP customers') })
    const group = server.state.list('adgroup', SYNC_ADVERTISER).find((g) => g.adgroup_name === 'aud ad group 1.1')!
    expect(group).toMatchObject({ audience_ids: [idOf('VIP lookalike'), idOf('Site buyers')], excluded_audience_ids: [idOf('VIP customers')] })

    // The audience list holds TikTok's ids and the hashed file; no raw identifier is stored anywhere in it.
    const catalogue = openAudienceCatalogue(accountDir(store))
    expect(
      catalogue
        .list()
        .map((a) => a.audience_id)
        .sort(),
    ).toEqual(
      made()
        .map((a) => a.audience_id)
        .sort(),
    )
    const folder = audienceDirOf(accountDir(store))
    for (const f of readdirSync(folder)) expect(readFileSync(join(folder, f), 'utf8').toLowerCase()).not.toContain('example.com')
    expect(readFileSync(join(folder, 'local-vip.hashed.csv'), 'utf8').split('\n')[0]).toBe('EMAIL_SHA256')

    // The same plan again: its local ids lead to TikTok's, so nothing is created or changed.
    out.stdout = ''
    expect(await runPushCommand([planPath, ...flags], io)).toBe(0)
    expect(out.stdout).toContain('Posted 0, failed 0, not sent 0.')
    expect(made()).toHaveLength(5)
    expect(server.state.list('adgroup', SYNC_ADVERTISER).find((g) => g.adgroup_name === 'aud ad group 1.1')).toMatchObject({
      audience_ids: [idOf('VIP lookalike'), idOf('Site buyers')],
    })
  })

  it('an audience TikTok refuses is reported, and only the ad groups using it wait', async () => {
    const server = await startSandbox({ seedDemo: false, qps: FAST_QPS })
    // No pixel on this advertiser: the website audience is refused.
    const dir = tempDir()
    const planPath = writePlan(dir)
    const store = join(dir, 'data')
    const out = { stdout: '', stderr: '' }
    const io = { stdout: (s: string) => (out.stdout += s), stderr: (s: string) => (out.stderr += s), now: testNow }
    const flags = ['--api', server.baseUrl, '--token', SANDBOX_DEMO_TOKEN, '--advertiser', SYNC_ADVERTISER, '--store', store]
    expect(await runPushCommand([planPath, ...flags], io)).toBe(1)
    expect(out.stdout).toMatch(
      /skipped adgroup \S+ "aud ad group 1\.1": Not sent: Audience “Site buyers” could not be posted: .*Pixel 7302000000000009001 does not exist/,
    )
    expect(out.stdout).not.toMatch(/aud ad group 1\.2/)
    expect(server.state.list('adgroup', SYNC_ADVERTISER).map((g) => g.adgroup_name)).toEqual(['aud ad group 1.2'])
  })

  it('a Smart+ ad group’s targeting_spec audiences are created first and sent with TikTok’s ids', async () => {
    const server = await startSandbox({ seedDemo: false, qps: FAST_QPS })
    const dir = tempDir()
    const draft = smartPlusDraft('spa', 1)
    const [g] = draft.smartPlusAdgroups
    const smartPlusAdgroups = [{ ...g!, targeting_spec: { ...g!.targeting_spec, excluded_audience_ids: ['local-engaged'] } }]
    const planPath = join(dir, 'plan.json')
    writeFileSync(planPath, exportPlan({ ...emptyEntitySet(), ...draft, smartPlusAdgroups }, SYNC_ADVERTISER, [planAudiences()[3]!]))
    const out = { stdout: '', stderr: '' }
    const io = { stdout: (s: string) => (out.stdout += s), stderr: (s: string) => (out.stderr += s), now: testNow }
    const flags = ['--api', server.baseUrl, '--token', SANDBOX_DEMO_TOKEN, '--advertiser', SYNC_ADVERTISER, '--store', join(dir, 'data')]
    expect(await runPushCommand([planPath, ...flags], io)).toBe(0)
    const [engaged] = Object.values(server.state.data.audiences!.audiences)
    expect(engaged).toMatchObject({ name: 'Ad engagers', audience_type: 'ENGAGEMENT' })
    const group = server.state.list('adgroup', SYNC_ADVERTISER)[0]!
    expect(group.targeting_spec).toMatchObject({ excluded_audience_ids: [engaged!.audience_id] })
  })
})
