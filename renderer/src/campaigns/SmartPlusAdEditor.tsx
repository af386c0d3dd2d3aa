import { OPERATION_STATUSES, SMART_PLUS_CALL_TO_ACTIONS } from '#shared/domain/enums'
import { SMART_PLUS_LIMITS } from '#shared/domain/smart-plus/limits'
import type { SmartPlusAd } from '#shared/domain/smart-plus/index'
import { rowKey } from './model/tree-rows'
import { Messages, SelectField, TextField } from './fields'
import { LimitCount } from './smart-plus-fields'
import { SmartPlusCreativeList } from './SmartPlusCreativeList'
import { useEntityEditing } from './use-entity-editing'
import { saveField } from './editor-commands'
import { SmartPlusPreviews } from './SmartPlusPreviews'
import { useAccountStore } from './use-account-store'
import type { Problem } from '#shared/domain/problems'

type Cta = SmartPlusAd['call_to_action_list'][number]['call_to_action']

/**
 * An Upgraded Smart+ ad: one ad holding creatives, texts and calls to action that TikTok combines itself
 * (notes tiktok-api-2026.md §2), each list with its count against TikTok's limit. A list change saves the whole
 * list as one undo step; an emptied text or "None" removes that entry.
 */
export function SmartPlusAdEditor({ ad }: { ad: SmartPlusAd }) {
  const key = rowKey('smart_plus_ad', ad.smart_plus_ad_id)
  const { of, save } = useEntityEditing(key)
  const texts = ad.ad_text_list
  const advertiserId = useAccountStore((s) => s.advertiserId) ?? ad.advertiser_id
  const dynamic = ad.ad_configuration?.call_to_action_id !== undefined
  // One mode at a time, as TikTok takes one or the other (notes §2): switching clears the other, one undo step.
  const setDynamic = (on: boolean) =>
    on === dynamic
      ? undefined
      : saveField(
          key,
          on ? { call_to_action_list: [], ad_configuration: { ...ad.ad_configuration, call_to_action_id: '' } } : { ad_configuration: null },
          on ? 'Dynamic call to action' : 'Calls to action',
        )
  const saveTexts = (next: string[]) =>
    save(
      'ad_text_list',
      next.filter((t) => t.trim() !== '').map((ad_text) => ({ ad_text })),
      'Ad texts',
    )
  const landing = ad.landing_page_url_list[0]?.landing_page_url ?? ''

  return (
    <>
      <div className="editor-grid">
        <TextField
          field="ad_name"
          label="Ad name"
          value={ad.ad_name}
          problems={of('ad_name')}
          hint="Leave empty to let TikTok name the ad."
          onCommit={(v) => save('ad_name', v, 'Ad name')}
        />
        <SelectField
          field="operation_status"
          label="Status"
          value={ad.operation_status}
          options={OPERATION_STATUSES}
          problems={of('operation_status')}
          onCommit={(v) => save('operation_status', v, 'Status')}
        />
        <div className="span-2">
          <TextField
            field="landing_page_url_list"
            label="Landing page URL"
            value={landing}
            problems={of('landing_page_url_list')}
            hint="One page for every combination TikTok makes (https://…)."
            onCommit={(v) => save('landing_page_url_list', v.trim() ? [{ landing_page_url: v.trim() }] : [], 'Landing page')}
          />
        </div>
      </div>

      <SmartPlusCreativeList ad={ad} of={of} save={save} />

      <section className="editor-section" aria-labelledby="sp-texts-h">
        <div className="sp-list-head">
          <h4 id="sp-texts-h">Ad texts</h4>
          <LimitCount n={texts.length} max={SMART_PLUS_LIMITS.adTexts} what="ad texts" />
        </div>
        <ol className="sp-list" aria-labelledby="sp-texts-h">
          {texts.map((t, i) => (
            <li key={`${i}:${t.ad_text}`} className="sp-row">
              <TextField
                field={`ad_text_list[${i}]`}
                label={`Text ${i + 1}`}
                value={t.ad_text}
                problems={[]}
                onCommit={(v) => saveTexts(texts.map((x, j) => (j === i ? v : x.ad_text)))}
              />
              <button type="button" className="sp-remove" onClick={() => saveTexts(texts.filter((_, j) => j !== i).map((x) => x.ad_text))}>
                Remove<span className="visually-hidden"> text {i + 1}</span>
              </button>
            </li>
          ))}
        </ol>
        {texts.length < SMART_PLUS_LIMITS.adTexts ? (
          <TextField
            key={texts.length}
            field="ad_text_list"
            label="Add a text"
            value=""
            problems={of('ad_text_list')}
            hint="Enter to add. TikTok tries each text with each creative."
            onCommit={(v) => saveTexts([...texts.map((x) => x.ad_text), v])}
          />
        ) : (
          <Messages field="ad_text_list" problems={of('ad_text_list')} hint={`That is TikTok’s limit of ${SMART_PLUS_LIMITS.adTexts} texts.`} />
        )}
      </section>

      <section className="editor-section" aria-labelledby="sp-ctas-h">
        <div className="sp-list-head">
          <h4 id="sp-ctas-h">Calls to action</h4>
          {!dynamic && <LimitCount n={ad.call_to_action_list.length} max={SMART_PLUS_LIMITS.callsToAction} what="calls to action" />}
        </div>
        <div className="sp-cta-mode" role="radiogroup" aria-labelledby="sp-ctas-h">
          <label>
            <input type="radio" name="sp-cta-mode" checked={!dynamic} onChange={() => void setDynamic(false)} /> Choose up to{' '}
            {SMART_PLUS_LIMITS.callsToAction}
          </label>
          <label>
            <input type="radio" name="sp-cta-mode" checked={dynamic} onChange={() => void setDynamic(true)} /> Dynamic: TikTok picks from a portfolio
          </label>
        </div>
        {dynamic ? (
          <TextField
            field="ad_configuration"
            label="Call-to-action portfolio id"
            value={ad.ad_configuration?.call_to_action_id ?? ''}
            problems={of('ad_configuration')}
            hint="The id of a call-to-action portfolio made in TikTok Ads Manager; TikTok shows the button that works best."
            onCommit={(v) => save('ad_configuration', { ...ad.ad_configuration, call_to_action_id: v.trim() }, 'Dynamic call to action')}
          />
        ) : (
          <CtaList ad={ad} of={of} save={save} />
        )}
      </section>

      <SmartPlusPreviews ad={ad} advertiserId={advertiserId} />
    </>
  )
}

/** The list of up to three calls to action; "Add" offers only those not chosen yet. */
function CtaList({ ad, of, save }: { ad: SmartPlusAd; of(field: string): Problem[]; save(field: string, value: unknown, label: string): unknown }) {
  const ctas = ad.call_to_action_list
  const saveCtas = (next: Cta[]) =>
    save(
      'call_to_action_list',
      next.map((call_to_action) => ({ call_to_action })),
      'Calls to action',
    )
  return (
    <>
      <ol className="sp-list" aria-labelledby="sp-ctas-h">
        {ctas.map((c, i) => (
          <li key={`${i}:${c.call_to_action}`} className="sp-row">
            <SelectField
              field={`call_to_action_list[${i}]`}
              label={`Call to action ${i + 1}`}
              value={c.call_to_action}
              options={SMART_PLUS_CALL_TO_ACTIONS}
              problems={[]}
              onCommit={(v) => saveCtas(ctas.map((x, j) => (j === i ? v : x.call_to_action)))}
            />
            <button type="button" className="sp-remove" onClick={() => saveCtas(ctas.filter((_, j) => j !== i).map((x) => x.call_to_action))}>
              Remove<span className="visually-hidden"> call to action {i + 1}</span>
            </button>
          </li>
        ))}
      </ol>
      {ctas.length < SMART_PLUS_LIMITS.callsToAction ? (
        <SelectField<Cta>
          key={ctas.length}
          field="call_to_action_list"
          label="Add a call to action"
          value={undefined}
          options={SMART_PLUS_CALL_TO_ACTIONS.filter((c) => !ctas.some((x) => x.call_to_action === c))}
          problems={of('call_to_action_list')}
          onCommit={(v) => v && saveCtas([...ctas.map((x) => x.call_to_action), v])}
        />
      ) : (
        <Messages
          field="call_to_action_list"
          problems={of('call_to_action_list')}
          hint={`That is TikTok’s limit of ${SMART_PLUS_LIMITS.callsToAction} calls to action.`}
        />
      )}
    </>
  )
}
