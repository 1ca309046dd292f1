import { useEffect, useRef, type ReactNode } from 'react';
import './Alert.css';

export type AlertTone = 'error' | 'warning' | 'info' | 'success';

export type AlertProps = {
  tone: AlertTone;
  title: string;
  children?: ReactNode;
  /** Move keyboard focus to the alert when it appears (e.g. an error summary after submit). */
  focusOnMount?: boolean;
};

/**
 * A message box. Errors and warnings are announced at once (role=alert); info and success politely (role=status).
 */
export function Alert({ tone, title, children, focusOnMount }: AlertProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  const urgent = tone === 'error' || tone === 'warning';
  return (
    <div
      ref={ref}
      className={`ds-alert ds-alert--${tone}`}
      role={urgent ? 'alert' : 'status'}
      tabIndex={focusOnMount ? -1 : undefined}
    >
      <p className="ds-alert-title">{title}</p>
      {children && <div className="ds-alert-body">{children}</div>}
    </div>
  );
}
