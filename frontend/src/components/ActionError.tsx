import { Alert } from '../design-system';
import { useErrorMessage } from './QueryError';

/**
 * Why a change was refused (the problem's text: a rule, a field, a stale version) under the feature's title, or
 * nothing when there is no error.
 */
export function ActionError({ error, title, focusOnMount }: { error: unknown; title: string; focusOnMount?: boolean }) {
  const message = useErrorMessage();
  if (!error) return null;
  return (
    <Alert tone="error" title={title} focusOnMount={focusOnMount}>
      <p>{message(error)}</p>
    </Alert>
  );
}
