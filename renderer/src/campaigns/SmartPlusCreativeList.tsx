import { SMART_PLUS_AD_FORMATS } from '#shared/domain/enums'
import type { Problem } from '#shared/domain/problems'
import type { CreativeInfo, SmartPlusAd } from '#shared/domain/smart-plus/index'
import { SMART_PLUS_LIMITS } from '#shared/domain/smart-plus/limits'
import { CreativePicker, type PickedMedia } from './CreativePicker'
import { SparkPostPicker } from './SparkPostPicker'
import { isSparkIdentity } from '#shared/domain/identities'
import { Messages, SelectField } from './fields'
import { useAccountStore } from './use-account-store'
import { IdentityPicker } from './IdentityPicker'
import { LimitCount } from './smart-plus-fields'
import { sparkIdentityFields } from './smart-plus-commands'

type Creative = SmartPlusAd['creative_list'][number]

interface Props {
  ad: SmartPlusAd
  of(field: string): Problem[]
  save(field: string, value: unknown, label: string): unknown
}

/** `info` with `fields` applied; null or '' removes a key (a nested object cannot hold null). */
function withInfo(info: CreativeInfo, fields: Record<string, unknown>): CreativeInfo {
  const out: Record<string, unknown> = { ...info }
  for (const [k, v] of Object.entries(fields)) {
    if (v === null || v === undefined || v === '') delete out[k]
    else out[k] = v
  }
  return out as CreativeInfo
}

/** A creative's media in the picker's terms: Smart+ names images by `web_uri` (notes tiktok-api-2026.md §4). */
const mediaOf = (info: CreativeInfo): PickedMedia => ({
  ad_format: info.ad_format,
  video_id: info.video_info?.video_id,
  image_ids: (info.image_info ?? []).map((x) => x.web_uri),
})

/** The creative_info fields for what the picker chose; an emptied choice removes the field. */
function fromMedia(info: CreativeInfo, m: { video_id?: string; image_ids?: string[] }): Record<string, unknown> {
  if (m.video_id !== undefined) return { video_info: m.video_id.trim() ? { ...info.video_info, video_id: m.video_id.trim() } : null }
  return { image_info: m.image_ids?.length ? m.image_ids.map((web_uri) => ({ web_uri })) : null }
}

/**
 * The ad's creatives: each a video from the library or a TikTok post (Spark), or a carousel of images, with the
 * identity it posts as — on TikTok placements a Smart+ ad must be a Spark Ad (notes §1–2). Editing a creative keeps
 * its `ad_material_id`, TikTok's id for it inside the ad, so an edit is not read as a new creative.
 */
export function SmartPlusCreativeList({ ad, of, save }: Props) {
  const advertiserId = useAccountStore((s) => s.advertiserId) ?? ad.advertiser_id
  const list = ad.creative_list
  const { max } = SMART_PLUS_LIMITS.creativesPerAd
  const saveList = (next: Creative[], label: string) => save('creative_list', next, label)
  const edit = (i: number, fields: Record<string, unknown>, label: string) =>
    saveList(
      list.map((c, j) => (j === i ? { ...c, creative_info: withInfo(c.creative_info, fields) } : c)),
      label,
    )
  const add = () => saveList([...list, { creative_info: { ad_format: 'SINGLE_VIDEO', ...sparkIdentityFields() } }], 'Add a creative')

  return (
    <section className="editor-section" aria-labelledby="sp-creatives-h">
      <div className="sp-list-head">
        <h4 id="sp-creatives-h">Creatives</h4>
        <LimitCount n={list.length} max={max} what="creatives" />
        {/* The problems panel's "add a creative" lands here (id field-creative_list). */}
        <button
          type="button"
          id="field-creative_list"
          aria-describedby={of('creative_list').length || list.length === 0 ? 'field-creative_list-msg' : undefined}
          disabled={list.length >= max}
          onClick={() => void add()}
        >
          + Creative
        </button>
      </div>
      <Messages
        field="creative_list"
        problems={of('creative_list')}
        hint={list.length === 0 ? 'Add videos or TikTok posts; TikTok combines them with the texts below.' : undefined}
      />
      <ol className="sp-list" aria-labelledby="sp-creatives-h">
        {list.map((c, i) => {
          const info = c.creative_info
          const at = `creative_list[${i}].creative_info`
          const n = i + 1
          return (
            <li key={`${i}:${c.ad_material_id ?? ''}`}>
              <div className="sp-item-title">
                <span>Creative {n}</span>
                {c.ad_material_id && <span className="muted">TikTok id {c.ad_material_id}</span>}
                <button
                  type="button"
                  className="sp-remove"
                  onClick={() =>
                    void saveList(
                      list.filter((_, j) => j !== i),
                      'Remove a creative',
                    )
                  }
                >
                  Remove<span className="visually-hidden"> creative {n}</span>
                </button>
              </div>
              <SelectField
                field={`${at}.ad_format`}
                label={`Creative ${n} format`}
                value={info.ad_format}
                options={SMART_PLUS_AD_FORMATS}
                problems={of(`${at}.ad_format`)}
                onCommit={(v) => edit(i, { ad_format: v }, 'Creative format')}
              />
              <IdentityPicker
                field={`${at}.identity_type`}
                label={`Creative ${n} posts as`}
                ad={info}
                problems={[...of(`${at}.identity_type`), ...of(`${at}.identity_authorized_bc_id`)]}
                onPick={(fields) => edit(i, fields, 'Creative identity')}
              />
              {info.ad_format !== 'CATALOG_CAROUSEL' && (
                <CreativePicker
                  field={`${at}.media`}
                  label={info.ad_format === 'CAROUSEL_ADS' ? `Creative ${n} images (in order)` : `Creative ${n} video`}
                  ad={mediaOf(info)}
                  advertiserId={advertiserId}
                  problems={{ video: of(`${at}.video_info`), images: of(`${at}.image_info`) }}
                  onPick={(m, label) => edit(i, fromMedia(info, m), label)}
                />
              )}
              {info.ad_format === 'SINGLE_VIDEO' && info.identity_type && isSparkIdentity(info.identity_type) && info.identity_id && (
                <details className="sp-spark-post" open={!!info.tiktok_item_id}>
                  <summary>{info.tiktok_item_id ? 'Shows a TikTok post' : 'Use a TikTok post instead (Spark)'}</summary>
                  <SparkPostPicker
                    field={`${at}.tiktok_item_id`}
                    identity={{ identity_type: info.identity_type!, identity_id: info.identity_id }}
                    value={info.tiktok_item_id}
                    // A post replaces the creative's video: TikTok promotes the post as it is.
                    onPick={(itemId) => edit(i, itemId ? { tiktok_item_id: itemId, video_info: null } : { tiktok_item_id: null }, 'TikTok post')}
                    problems={of(`${at}.tiktok_item_id`)}
                  />
                </details>
              )}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
