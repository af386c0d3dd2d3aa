import type { SourceId } from '#shared/markets/sources'
import { sourceOf } from './format'

/** A source by name; a link (opened in the OS browser by the shell) when it has an address. */
export function SourceLink({ id }: { id: SourceId }) {
  const s = sourceOf(id)
  if (!s.url) return <span className="source source-model">{s.name}</span>
  return (
    <a className="source" href={s.url} target="_blank" rel="noreferrer">
      {s.name}
    </a>
  )
}
