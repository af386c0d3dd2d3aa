import { SCHEDULE_TYPES, type ScheduleType } from '#shared/domain/enums'
import type { Problem } from '#shared/domain/problems'
import { DaypartingField } from './DaypartingField'
import { SelectField, UtcTimeField } from './fields'
import { useSessionStore } from '../app/use-session-store'

interface Scheduled {
  advertiser_id: string
  schedule_type: ScheduleType
  schedule_start_time: string
  schedule_end_time?: string
  dayparting?: string
}

/**
 * When an ad group runs: schedule type, start, end (only with an end date) and dayparting, the same fields for
 * manual and Smart+ ad groups (TikTok names them alike on both create endpoints). Times are UTC, with the
 * advertiser's own time zone beside them.
 */
export function ScheduleFields({
  adgroup: g,
  of,
  save,
}: {
  adgroup: Scheduled
  of(field: string): Problem[]
  save(field: string, value: unknown, label: string): unknown
}) {
  const accountZone = useSessionStore((s) => s.advertisers.find((a) => a.advertiser_id === g.advertiser_id)?.timezone || undefined)
  return (
    <>
      <SelectField
        field="schedule_type"
        label="Schedule"
        value={g.schedule_type}
        options={SCHEDULE_TYPES}
        problems={of('schedule_type')}
        onCommit={(v) => save('schedule_type', v, 'Schedule')}
      />
      <UtcTimeField
        field="schedule_start_time"
        label="Start (UTC)"
        value={g.schedule_start_time}
        timeZone={accountZone}
        problems={of('schedule_start_time')}
        onCommit={(v) => save('schedule_start_time', v, 'Start time')}
      />
      {g.schedule_type === 'SCHEDULE_START_END' && (
        <UtcTimeField
          field="schedule_end_time"
          label="End (UTC)"
          value={g.schedule_end_time}
          timeZone={accountZone}
          problems={of('schedule_end_time')}
          onCommit={(v) => save('schedule_end_time', v, 'End time')}
        />
      )}
      <div className="span-2">
        <DaypartingField value={g.dayparting} problems={of('dayparting')} onCommit={(v) => save('dayparting', v, 'Dayparting')} />
      </div>
    </>
  )
}
