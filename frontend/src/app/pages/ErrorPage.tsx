import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../design-system';
import { QueryError } from '../../components';

/** Shown when a page fails to render. */
export function ErrorPage({ error, reset }: { error: unknown; reset?: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('common.errorTitle')}</PageHeading>
      <QueryError error={error} onRetry={reset} />
    </>
  );
}
