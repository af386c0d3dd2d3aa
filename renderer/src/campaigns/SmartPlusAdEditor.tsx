import { OPERATION_STATUSES, SMART_PLUS_CALL_TO_ACTIONS } from '#shared/domain/enums'
import { SMART_PLUS_LIMITS } from '#shared/domain/smart-plus/limits'
import type { SmartPlusAd } from '#shared/domain/smart-plus/index'
import { rowKey } from './model/tree-rows'
import { Messages, SelectField, TextField } from './fields'
import { LimitCount } from './smart-plus-fields'
import { SmartPlusCreativeList } from './SmartPlusCreativeList'
import { useEntityEditing } from './use-entity-editing'

type Cta = SmartPlusAd['call_to_action_list'][number]['call_to_action']

/**
 * An Upgraded Smart+ ad: one ad holding creatives, texts and calls to action that TikTok combines itself
 * (notes tiktok-api-2026.md §2), each list with its count against TikTok's limit. A list change saves the whole
 * list as one undo step; an emptied text or "None" removes that entry.
 */
export function SmartPlusAdEditor({ ad }: { ad: SmartPlusAd }) {
  const { of, save } = useEntityEditing(rowKey('smart_plus_ad', ad.smart_plus_ad_id))
  const texts = ad.ad_text_list
  const ctas = ad.call_to_action_list
  const saveTexts = (next: string[]) =>
    save(
      'ad_text_list',
      next.filter((t) => t.trim() !== '').map((ad_text) => ({ ad_text })),
      'Ad texts',
    )
  const saveCtas = (next: Cta[]) =>
    save(
      'call_to_action_list',
      next.map((call_to_action) => ({ call_to_action })),
      'Calls to action',
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
          <LimitCount n={ctas.length} max={SMART_PLUS_LIMITS.callsToAction} what="calls to action" />
        </div>
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
      </section>
    </>
  )
}
