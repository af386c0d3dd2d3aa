/**
 * adgroup/create and adgroup/update check the audiences and Pangle packages an ad group names
 * (java_sdk/docs/AdgroupCreateBody.md; notes tiktok-api-2026.md §4), over real HTTP: each refusal
 * is code 40002 with the field first, and the same request with a good value is taken.
 */
import { describe, expect, it } from 'vitest'
import type { SandboxServer } from '#backend/sandbox/server'
import { PANGLE_PACKAGES } from '#backend/sandbox/audience-store'
import { adGroupFields, campaignFields, useSandbox } from '#test/helpers/sandbox'
import { fileAudience } from '#test/helpers/sandbox-audiences'
import { api } from './smart-plus-http'

const sandbox = useSandbox()
const [INCLUDE, EXCLUDE] = [PANGLE_PACKAGES.find((p) => p.bind_type === 'INCLUDE')!, PANGLE_PACKAGES.find((p) => p.bind_type === 'EXCLUDE')!]

async function campaignOf(server: SandboxServer) {
  const answer = await api(server).post('/campaign/create/', { ...campaignFields() })
  expect(answer.code).toBe(0)
  return String(answer.data.campaign_id)
}

describe('sandbox: ad group audiences', () => {
  it('takes its own audiences of 1,000+ matched people, refuses unknown and smaller included ones', async () => {
    const server = await sandbox()
    const campaignId = await campaignOf(server)
    // The sandbox matches 60% of a file: 2,000 rows → 1,200 people, 1,000 rows → 600.
    const big = await fileAudience(server, 2000)
    const small = await fileAudience(server, 1000)
    const create = (over: Record<string, unknown>) => api(server).post('/adgroup/create/', { ...adGroupFields(campaignId), ...over })

    const unknown = await create({ audience_ids: ['1795999999999999999'] })
    expect(unknown).toMatchObject({ code: 40002, message: expect.stringMatching(/^audience_ids: Audience 1795999999999999999 does not exist/) })
    const tooSmall = await create({ audience_ids: [small] })
    expect(tooSmall).toMatchObject({ code: 40002, message: `audience_ids: Audience ${small} has 600 matched users; at least 1000 are needed.` })
    expect((await create({ excluded_audience_ids: ['42'] })).message).toMatch(/^excluded_audience_ids: Audience 42 does not exist/)

    const ok = await create({ audience_ids: [big], excluded_audience_ids: [small] })
    expect(ok.code).toBe(0)
    expect(server.state.get('adgroup', String(ok.data.adgroup_id))).toMatchObject({ audience_ids: [big], excluded_audience_ids: [small] })
  })

  it('takes each Pangle package only in the list its bind_type names, with or without Pangle', async () => {
    const server = await sandbox()
    const campaignId = await campaignOf(server)
    const create = (over: Record<string, unknown>) => api(server).post('/adgroup/create/', { ...adGroupFields(campaignId), ...over })
    expect((await create({ included_pangle_audience_package_ids: [EXCLUDE.package_id] })).message).toBe(
      `included_pangle_audience_package_ids: Package ${EXCLUDE.package_id} has bind_type EXCLUDE; only INCLUDE packages go here.`,
    )
    expect((await create({ excluded_pangle_audience_package_ids: ['7'] })).code).toBe(40002)
    // A package "will not affect traffic for other placements" (pangle_audience_package_get.yml): not refused on TikTok only.
    const ok = await create({
      included_pangle_audience_package_ids: [INCLUDE.package_id],
      excluded_pangle_audience_package_ids: [EXCLUDE.package_id],
    })
    expect(ok.code).toBe(0)
  })

  it('checks the audiences an update names, and clears them with []', async () => {
    const server = await sandbox()
    const campaignId = await campaignOf(server)
    const big = await fileAudience(server, 2000)
    const created = await api(server).post('/adgroup/create/', { ...adGroupFields(campaignId), audience_ids: [big] })
    const adgroup_id = String(created.data.adgroup_id)
    expect((await api(server).post('/adgroup/update/', { adgroup_id, audience_ids: ['77'] })).message).toMatch(
      /^audience_ids: Audience 77 does not exist/,
    )
    expect(server.state.get('adgroup', adgroup_id)).toMatchObject({ audience_ids: [big] })
    expect((await api(server).post('/adgroup/update/', { adgroup_id, audience_ids: [] })).code).toBe(0)
    expect(server.state.get('adgroup', adgroup_id)).toMatchObject({ audience_ids: [] })
  })
})
