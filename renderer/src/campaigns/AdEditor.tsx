import type { Ad } from '#shared/domain/entities'
import { AD_FORMATS, CALL_TO_ACTIONS, IDENTITY_TYPES, OPERATION_STATUSES } from '#shared/domain/enums'
import { rowKey } from './model/tree-rows'
import { IdListField, SelectField, TextField } from './fields'
import { saveField } from './editor-commands'
import { IdentityPicker } from './IdentityPicker'
import { useEntityEditing } from './use-entity-editing'

export function AdEditor({ ad }: { ad: Ad }) {
  const { of, save } = useEntityEditing(rowKey('ad', ad.ad_id))
  return (
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
      <TextField
        field="video_id"
        label="Video id"
        value={ad.video_id ?? ''}
        problems={of('video_id')}
        onCommit={(v) => save('video_id', v, 'Video id')}
      />
      <IdListField
        field="image_ids"
        label="Image ids"
        value={ad.image_ids}
        problems={of('image_ids')}
        hint="Separate ids with commas."
        onCommit={(v) => save('image_ids', v, 'Image ids')}
      />
      <TextField
        field="tracking_pixel_id"
        label="Tracking pixel id"
        value={ad.tracking_pixel_id ?? ''}
        problems={of('tracking_pixel_id')}
        onCommit={(v) => save('tracking_pixel_id', v, 'Tracking pixel')}
      />
    </div>
  )
}
