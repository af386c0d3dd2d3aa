import { describe, expect, it } from 'vitest'
import type { LibraryCreative, MediaFacts } from '#shared/creatives/creative'
import { libraryRef, usageCounts } from '#shared/creatives/creative-ref'
import { adMediaSlots, smartPlusMediaSlots } from '#shared/creatives/entity-media'
import type { SmartPlusAd } from '#shared/domain/smart-plus/index'
import { validateSmartPlusAd } from '#shared/domain/smart-plus/validation/index'
import { spAd, spAdGroup, spCampaign, spCtx } from '../smart-plus/fixtures'
import { validateAd } from '#shared/domain/validation/index'
import { creativeLookup, type CreativeFacts } from '#shared/domain/validation/creative-rules'
import { ad, adgroup, campaign, ctx, ruleIds } from './fixtures'

const web = campaign({ objective_type: 'TRAFFIC' })
const sig = (c: string) => c.repeat(32)
const facts = (f: Partial<MediaFacts> = {}): MediaFacts => ({
  kind: 'video',
  format: 'MPEG-4',
  extension: 'mp4',
  width: 1080,
  height: 1920,
  sizeBytes: 5_000_000,
  durationSeconds: 15,
  bitrateKbps: 3000,
  ...f,
})
const entry = (
  signature: string,
  f: Partial<MediaFacts> = {},
  more: Partial<LibraryCreative> = {},
  sourceState: CreativeFacts['sourceState'] = 'ok',
): CreativeFacts => ({
  creative: { signature, fileName: `${signature.slice(0, 4)}.mp4`, facts: facts(f), ...more },
  sourceState,
})
const library = creativeLookup([
  entry(sig('a')),
  entry(sig('b'), { width: 480, height: 480 }),
  entry(sig('c'), {}, {}, 'missing'),
  entry(sig('d'), { kind: 'image', extension: 'jpg', format: 'JPEG', durationSeconds: undefined, bitrateKbps: undefined }),
  entry(sig('e'), {}, { tiktokId: 'v10033g5', verdict: { uploadedAt: 'x', allowedPlacements: ['PLACEMENT_PANGLE'], flawTypes: ['LOW_RESOLUTION'] } }),
])
const withLib = () => ({ ...ctx(), creatives: library })
const tiktokOnly = adgroup({ placement_type: 'PLACEMENT_TYPE_NORMAL', placements: ['PLACEMENT_TIKTOK'] })

describe('ad creatives from the library', () => {
  it('accepts a library reference to a good video, and TikTok ids it does not know', () => {
    expect(validateAd(ad({ video_id: libraryRef(sig('a')) }), tiktokOnly, web, withLib())).toEqual([])
    expect(validateAd(ad({ video_id: 'v10033g50000abc' }), tiktokOnly, web, withLib())).toEqual([])
  })

  it('refuses a file name typed as the video id (the issue’s ridge-runner-15s.mp4)', () => {
    const [p] = validateAd(ad({ video_id: 'ridge-runner-15s.mp4' }), tiktokOnly, web, ctx())
    expect(p).toMatchObject({ ruleId: 'ad.creative.not-an-id', field: 'video_id', severity: 'error' })
    expect(p!.message).toContain('“ridge-runner-15s.mp4” is a file name, not a TikTok video id')
  })

  it('shows the creative’s spec problems for the ad group’s placements, with the source', () => {
    const problems = validateAd(ad({ video_id: libraryRef(sig('b')) }), tiktokOnly, web, withLib())
    expect(ruleIds(problems)).toEqual(['ad.creative.video.resolution'])
    expect(problems[0]!.message).toContain('480×480 is below the 640×640 minimum for 1:1')
    expect(problems[0]!.source).toContain('video-ads-specifications')
    // Pangle has no hard minimum: only the recommendation.
    const pangle = adgroup({ placement_type: 'PLACEMENT_TYPE_NORMAL', placements: ['PLACEMENT_PANGLE'] })
    expect(validateAd(ad({ video_id: libraryRef(sig('b')) }), pangle, web, withLib()).map((p) => p.severity)).toEqual(['warning'])
  })

  it('reports a creative gone from the library, a moved file, and a video where images belong', () => {
    expect(ruleIds(validateAd(ad({ video_id: libraryRef(sig('f')) }), tiktokOnly, web, withLib()))).toEqual(['ad.creative.unknown'])
    expect(ruleIds(validateAd(ad({ video_id: libraryRef(sig('c')) }), tiktokOnly, web, withLib()))).toEqual(['ad.creative.missing'])
    expect(ruleIds(validateAd(ad({ video_id: libraryRef(sig('d')) }), tiktokOnly, web, withLib()))).toEqual(['ad.creative.kind'])
    const image = ad({ ad_format: 'SINGLE_IMAGE', video_id: undefined, image_ids: [libraryRef(sig('a'))] })
    expect(ruleIds(validateAd(image, tiktokOnly, web, withLib()))).toEqual(['ad.creative.kind'])
  })

  it('shows TikTok’s verdict on an uploaded creative, found by its TikTok id', () => {
    const problems = validateAd(ad({ video_id: 'v10033g5' }), tiktokOnly, web, withLib())
    expect(problems.map((p) => [p.ruleId, p.severity])).toEqual([['ad.creative.tiktok-verdict', 'warning']])
    expect(problems[0]!.message).toContain('does not allow it on PLACEMENT_TIKTOK (flaws: LOW_RESOLUTION)')
  })

  it('counts the ads using each creative, by reference or by TikTok id, once per ad', () => {
    const ads = [
      ad({ video_id: libraryRef(sig('a')), image_ids: [] }),
      ad({ video_id: 'v10033g5', image_ids: [] }),
      ad({ ad_format: 'CAROUSEL_ADS', video_id: undefined, image_ids: [libraryRef(sig('d')), libraryRef(sig('d'))] }),
    ]
    const counts = usageCounts(
      ads.map((a) => adMediaSlots(a).map((m) => m.value)),
      [{ signature: sig('a') }, { signature: sig('d') }, { signature: sig('e'), tiktokId: 'v10033g5' }, { signature: sig('b') }],
    )
    expect(Object.fromEntries(counts)).toEqual({ [sig('a')]: 1, [sig('d')]: 1, [sig('e')]: 1, [sig('b')]: 0 })
  })
})

describe('Smart+ creatives from the library', () => {
  const creative = (video_id: string) => ({
    creative_info: { ad_format: 'SINGLE_VIDEO' as const, video_info: { video_id }, identity_type: 'TT_USER' as const, identity_id: 'id-1' },
  })
  const check = (over: Partial<SmartPlusAd>, adgroup = spAdGroup()) =>
    validateSmartPlusAd(spAd(over), adgroup, spCampaign(), spCtx({ creatives: library }))

  it('checks each creative’s video as a manual ad’s, filed on that creative', () => {
    expect(check({ creative_list: [creative(libraryRef(sig('a'))), creative('v10033g50000abc')] })).toEqual([])
    const problems = check({ creative_list: [creative(libraryRef(sig('a'))), creative(libraryRef(sig('c'))), creative('clip.mp4')] })
    expect(problems.map((p) => [p.ruleId, p.field])).toEqual([
      ['smart-plus.ad.creative.missing', 'creative_list[1].creative_info.video_info'],
      ['smart-plus.ad.creative.not-an-id', 'creative_list[2].creative_info.video_info'],
    ])
  })

  it('runs the spec checks for the Smart+ ad group’s placements (absent = automatic, every placement)', () => {
    const square = [creative(libraryRef(sig('b')))]
    expect(ruleIds(check({ creative_list: square }))).toContain('smart-plus.ad.creative.video.resolution')
    // Pangle only: the recommendation, not TikTok's hard minimum.
    const pangle = spAdGroup({ placement_type: 'PLACEMENT_TYPE_NORMAL', placements: ['PLACEMENT_PANGLE'] })
    expect(check({ creative_list: square }, pangle).map((p) => p.severity)).toEqual(['warning'])
    const carousel = {
      creative_info: {
        ad_format: 'CAROUSEL_ADS' as const,
        image_info: [{ web_uri: libraryRef(sig('a')) }],
        identity_type: 'TT_USER' as const,
        identity_id: 'id-1',
      },
    }
    expect(check({ creative_list: [carousel] }).map((p) => [p.ruleId, p.field])).toEqual([
      ['smart-plus.ad.creative.kind', 'creative_list[0].creative_info.image_info'],
    ])
  })

  it('counts a Smart+ ad once however many of its creatives use a file', () => {
    const sp = spAd({ creative_list: [creative(libraryRef(sig('a'))), creative(libraryRef(sig('a'))), creative('v10033g5')] })
    const counts = usageCounts(
      [smartPlusMediaSlots(sp).map((m) => m.value)],
      [{ signature: sig('a') }, { signature: sig('e'), tiktokId: 'v10033g5' }],
    )
    expect(Object.fromEntries(counts)).toEqual({ [sig('a')]: 1, [sig('e')]: 1 })
  })
})
