import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../components';
import { Alert } from '../../../design-system';

/** Why a change was refused (the problem's text: a rule, a field, a stale version), or nothing. */
export function ActionError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  if (!error) return null;
  return (
    <Alert tone="error" title={t('resultsReports.refused')}>
      <p>{message(error)}</p>
    </Alert>
  );
}
