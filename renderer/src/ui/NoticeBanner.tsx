import { Icon } from './Icon'

export function NoticeBanner(props: { message: string; onDismiss?: () => void; tone?: 'warning' | 'error' }) {
  return (
    <div className={`notice notice-${props.tone ?? 'warning'}`} role="alert">
      <Icon name="alert" />
      <span>{props.message}</span>
      {props.onDismiss && (
        <button type="button" className="icon-button" aria-label="Dismiss" onClick={props.onDismiss}>
          <Icon name="close" size={16} />
        </button>
      )}
    </div>
  )
}
