import type { ReactNode } from 'react';
import './Disclosure.css';

/** Content behind a summary line that opens it (a native `<details>`, so it works without script and prints). */
export function Disclosure({
  summary,
  children,
  defaultOpen,
}: {
  summary: ReactNode;
  children: ReactNode;
  defaultOpen?: boolean;
}) {
  return (
    <details className="ds-disclosure" open={defaultOpen}>
      <summary className="ds-disclosure-summary">{summary}</summary>
      <div className="ds-disclosure-body">{children}</div>
    </details>
  );
}
