import type { Ad } from '#shared/domain/entities'
import { AD_FORMATS, CALL_TO_ACTIONS, IDENTITY_TYPES, OPERATION_STATUSES } from '#shared/domain/enums'
import { rowKey } from './model/tree-rows'
import { SelectField, TextField } from './fields'
import { AdPreview } from './AdPreview'
import { AdCreativeSource } from './AdCreativeSource'
import { PixelPicker } from './PixelPicker'
import { useAccountStore } from './use-account-store'
import { saveField } from './editor-commands'
import { IdentityPicker } from './IdentityPicker'
import { useEntityEditing } from './use-entity-editing'

export function AdEditor({ ad }: { ad: Ad }) {
  const { of, save } = useEntityEditing(rowKey('ad', ad.ad_id))
  const advertiserId = useAccountStore((s) => s.advertiserId) ?? ad.advertiser_id
  return (
    <div className="ad-editor-layout">
      <div className="editor-grid">
        <TextField field="ad_name" label="Ad name" value={ad.ad_name} problems={of('ad_name')} onCommit={(v) => save('ad_name', v, 'Ad name')} />
        <SelectField
          field="operation_status"
          label="Status"
          value={ad.operation_status}
          options={OPERATION_STATUSES}
          problems={of('operation_status')}
          onCommit={(v) => save('operation_status', v, 'Status')}
        />
        <SelectField
          field="ad_format"
          label="Format"
          value={ad.ad_format}
          options={AD_FORMATS}
          problems={of('ad_format')}
          onCommit={(v) => save('ad_format', v, 'Format')}
        />
        <SelectField
          field="call_to_action"
          label="Call to action"
          value={ad.call_to_action}
          options={CALL_TO_ACTIONS}
          problems={of('call_to_action')}
          onCommit={(v) => save('call_to_action', v, 'Call to action')}
        />
        <div className="span-2">
          <TextField
            field="ad_text"
            label="Ad text"
            multiline
            value={ad.ad_text}
            problems={of('ad_text')}
            onCommit={(v) => save('ad_text', v, 'Ad text')}
          />
        </div>
        <TextField
          field="landing_page_url"
          label="Landing page URL"
          value={ad.landing_page_url ?? ''}
          problems={of('landing_page_url')}
          onCommit={(v) => save('landing_page_url', v, 'Landing page')}
        />
        <TextField
          field="display_name"
          label="Display name"
          value={ad.display_name ?? ''}
          problems={of('display_name')}
          onCommit={(v) => save('display_name', v, 'Display name')}
        />
        <div className="span-2">
          <IdentityPicker ad={ad} problems={of('identity_type')} onPick={(fields) => saveField(rowKey('ad', ad.ad_id), fields, 'Identity')} />
        </div>
        <SelectField
          field="identity_type"
          label="Identity"
          value={ad.identity_type}
          options={IDENTITY_TYPES}
          problems={[]}
          onCommit={(v) => save('identity_type', v, 'Identity')}
        />
        <TextField
          field="identity_id"
          label="Identity id"
          value={ad.identity_id ?? ''}
          problems={of('identity_id')}
          onCommit={(v) => save('identity_id', v, 'Identity id')}
        />
        {ad.identity_type === 'BC_AUTH_TT' && (
          <TextField
            field="identity_authorized_bc_id"
            label="Business Center id"
            value={ad.identity_authorized_bc_id ?? ''}
            problems={of('identity_authorized_bc_id')}
            onCommit={(v) => save('identity_authorized_bc_id', v, 'Business Center id')}
          />
        )}
        <div className="span-2">
          {/* Keyed by ad: which source is shown is the editor's state for this ad. */}
          <AdCreativeSource
            key={ad.ad_id}
            ad={ad}
            advertiserId={advertiserId}
            of={of}
            save={save}
            saveFields={(fields, label) => saveField(rowKey('ad', ad.ad_id), fields, label)}
          />
        </div>
        <PixelPicker
          field="tracking_pixel_id"
          label="Tracking pixel"
          value={ad.tracking_pixel_id}
          problems={of('tracking_pixel_id')}
          onCommit={(v) => save('tracking_pixel_id', v ?? undefined, 'Tracking pixel')}
        />
      </div>
      <AdPreview ad={ad} advertiserId={advertiserId} />
    </div>
  )
}
