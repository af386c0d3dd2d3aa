import { EVENT_LABELS, type PixelSummary } from '#shared/results/pixel-events'
import { QUIET_DAYS, type PixelHealth, type PixelStatus } from '#shared/results/pixel-health'
import type { Formatters } from './format'

const STATUS_LABEL: Record<PixelStatus, string> = {
  firing: 'Receiving events',
  quiet: 'Went quiet',
  idle: 'No traffic lately',
  never: 'No events seen',
}

/** A pixel's last 30 days of events as bars: enough to see when it stopped, without a chart of its own. */
function Sparkline(props: { daily: PixelHealth['daily']; label: string }) {
  const max = Math.max(1, ...props.daily.map((d) => d.events))
  const w = 4
  return (
    <svg className="pixel-spark" width={props.daily.length * w} height={24} role="img" aria-label={props.label}>
      {props.daily.map((d, i) => {
        const h = d.events === 0 ? 1 : Math.max(2, Math.round((d.events / max) * 22))
        return <rect key={d.day} x={i * w} y={24 - h} width={w - 1} height={h} className={d.events === 0 ? 'empty' : undefined} />
      })}
    </svg>
  )
}

/** The warning that shows on every tab: a pixel that used to fire counts nothing while its ads still buy clicks. */
export function QuietPixelWarning(props: { health: PixelHealth[]; f: Formatters }) {
  const quiet = props.health.filter((p) => p.status === 'quiet')
  if (quiet.length === 0) return null
  return (
    <div className="notice notice-error notice-inline" role="alert" data-testid="pixel-quiet-warning">
      <span>
        {quiet
          .map(
            (p) =>
              `Pixel “${p.name}” has counted no events since ${p.lastEventDay ? props.f.dayShort(p.lastEventDay) : 'it was set up'}, while its ads got ${props.f.count(p.quietClicks)} clicks in the last ${QUIET_DAYS} days.`,
          )
          .join(' ')}{' '}
        Check the pixel on the site (TikTok Events Manager shows what it receives) before more spend goes to traffic nobody measures.
      </span>
    </div>
  )
}

/** Each pixel: what it is set up for, whether it is receiving events, its last event and its last 30 days. */
export function PixelHealthList(props: { pixels: PixelSummary[]; health: PixelHealth[]; f: Formatters }) {
  const healthOf = new Map(props.health.map((h) => [h.pixelId, h]))
  return (
    <ul className="pixel-health">
      {props.pixels.map((p) => {
        const h = healthOf.get(p.pixelId)
        return (
          <li key={p.pixelId} data-testid={`pixel-${p.pixelId}`}>
            <div>
              <strong>{p.name}</strong> <span className="muted">{p.code}</span> —{' '}
              {p.events.length ? p.events.map((e) => EVENT_LABELS[e]).join(', ') : 'no standard events set up'}
              {p.otherEvents.length > 0 && <span className="muted"> (also {p.otherEvents.join(', ')})</span>}
            </div>
            {h && (
              <div className="pixel-health-line">
                <span className={`pixel-status pixel-status-${h.status}`}>{STATUS_LABEL[h.status]}</span>
                <span className="muted">Last event: {h.lastEventDay ? props.f.dayShort(h.lastEventDay) : 'none in the saved results'}</span>
                <Sparkline daily={h.daily} label={`${p.name}: events per day over the last ${h.daily.length} days`} />
              </div>
            )}
          </li>
        )
      })}
    </ul>
  )
}
