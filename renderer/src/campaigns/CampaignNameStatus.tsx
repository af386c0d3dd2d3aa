import { OPERATION_STATUSES, type OperationStatus } from '#shared/domain/enums'
import type { Problem } from '#shared/domain/problems'
import { SelectField, TextField } from './fields'

interface Props {
  campaign: { campaign_name: string; operation_status: OperationStatus }
  of(field: string): Problem[]
  save(field: string, value: unknown, label: string): void
}

/** A campaign's name and status, the first row of the manual and the Smart+ campaign editors alike. */
export function CampaignNameStatus({ campaign: c, of, save }: Props) {
  return (
    <>
      <TextField
        field="campaign_name"
        label="Campaign name"
        value={c.campaign_name}
        problems={of('campaign_name')}
        onCommit={(v) => save('campaign_name', v, 'Campaign name')}
      />
      <SelectField
        field="operation_status"
        label="Status"
        value={c.operation_status}
        options={OPERATION_STATUSES}
        problems={of('operation_status')}
        onCommit={(v) => save('operation_status', v, 'Status')}
      />
    </>
  )
}
