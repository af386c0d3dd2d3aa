import type { ReactNode } from 'react'
import { Icon, type IconName } from './Icon'

/** A blank area that tells the buyer what it is for and what to do next. */
export function EmptyState(props: { icon: IconName; title: string; children: ReactNode; steps?: string[] }) {
  return (
    <section className="empty-state">
      <div className="empty-icon">
        <Icon name={props.icon} size={28} />
      </div>
      <h2>{props.title}</h2>
      <div className="empty-body">{props.children}</div>
      {props.steps && (
        <ol className="empty-steps">
          {props.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      )}
    </section>
  )
}
