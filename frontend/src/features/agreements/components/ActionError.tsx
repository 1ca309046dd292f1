import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../app/components/QueryError';
import { Alert } from '../../../design-system';
import { ApiError, isStale } from '../../../lib/api';
import { brokenRule } from './ruleMessages';

/** The explanation of a refused change: the broken rule in words, a stale version, no permission, or the server's detail. */
export function useActionErrorText() {
  const { t } = useTranslation();
  const fallback = useErrorMessage();
  return (error: unknown): { title: string; text: string } => {
    const rule = brokenRule(error);
    if (rule) return { title: t('agreements.rules.title'), text: t(`agreements.rules.${rule}`) };
    if (isStale(error)) return { title: t('agreements.stale.title'), text: t('agreements.stale.text') };
    if (error instanceof ApiError && error.status === 403) {
      return { title: t('agreements.forbidden.title'), text: t('agreements.forbidden.text') };
    }
    if (error instanceof ApiError && error.status === 409) return { title: t('agreements.rules.title'), text: fallback(error) };
    return { title: t('common.errorTitle'), text: fallback(error) };
  };
}

/** An alert for a refused action (status change, removal …); it takes focus so the reason is read at once. */
export function ActionError({ error }: { error: unknown }) {
  const text = useActionErrorText();
  const { title, text: body } = text(error);
  return (
    <Alert tone="error" title={title} focusOnMount>
      <p>{body}</p>
    </Alert>
  );
}
