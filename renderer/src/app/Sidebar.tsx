import { SECTIONS, useNavStore } from './use-nav-store'
import { Icon } from '../ui/Icon'

const modKey = navigator.userAgent.includes('Mac') ? '⌘' : 'Ctrl+'

export function Sidebar() {
  const section = useNavStore((s) => s.section)
  const go = useNavStore((s) => s.go)
  return (
    <nav className="sidebar" aria-label="Main">
      <ul>
        {SECTIONS.map((s) => (
          <li key={s.id} className={s.id === 'settings' ? 'sidebar-bottom' : undefined}>
            <button
              type="button"
              className="nav-item"
              aria-current={section === s.id ? 'page' : undefined}
              title={`${s.label} (${modKey}${s.shortcut})`}
              onClick={() => go(s.id)}
            >
              <Icon name={s.id} />
              <span>{s.label}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}
