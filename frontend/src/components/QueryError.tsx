import { useTranslation } from 'react-i18next';
import { Alert, PlainButton } from '../design-system';
import { ApiError } from '../lib/api';

/** The message to show a person for a failed call: the server's explanation, or that it could not be reached. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (error instanceof ApiError) {
      return error.problem?.detail || error.problem?.title || t('common.unexpectedError', { status: error.status });
    }
    return t('common.networkError');
  };
}

/** An error alert for a failed query, with a retry button (a native one: the router's error page is on the first page). */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  return (
    <Alert tone="error" title={t('common.errorTitle')}>
      <p>{message(error)}</p>
      {onRetry && <PlainButton onClick={onRetry}>{t('common.retry')}</PlainButton>}
    </Alert>
  );
}
