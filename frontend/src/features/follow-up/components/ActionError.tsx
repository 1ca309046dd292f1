import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../app/components/QueryError';
import { Alert } from '../../../design-system';
import { ApiError, isStale } from '../../../lib/api';
import { brokenFollowUpRule } from './rules';

/** The explanation of a refused step: the broken rule in words, a stale version, no permission, or the server's detail. */
export function useFollowUpErrorText() {
  const { t } = useTranslation();
  const fallback = useErrorMessage();
  return (error: unknown): { title: string; text: string } => {
    const rule = brokenFollowUpRule(error);
    if (rule) return { title: t('followUp.rules.title'), text: t(`followUp.rules.${rule}`) };
    if (isStale(error)) return { title: t('followUp.stale.title'), text: t('followUp.stale.text') };
    if (error instanceof ApiError && error.status === 403) return { title: t('followUp.forbidden.title'), text: fallback(error) };
    return { title: t('common.errorTitle'), text: fallback(error) };
  };
}

/** An alert for a refused step; it takes focus so the reason is read at once. */
export function FollowUpActionError({ error }: { error: unknown }) {
  const describe = useFollowUpErrorText();
  const { title, text } = describe(error);
  return (
    <Alert tone="error" title={title} focusOnMount>
      <p>{text}</p>
    </Alert>
  );
}
