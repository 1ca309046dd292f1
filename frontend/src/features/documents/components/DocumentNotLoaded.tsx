import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NotFoundPage, QueryError } from '../../../components';
import { PageHeading, Spinner } from '../../../design-system';
import { isNotFound } from '../../../lib/api';

/** A document's page while its document is not read (yet): loading, not found, or the failure with a retry. */
export function DocumentNotLoaded({ document, title }: { document: UseQueryResult; title: string }) {
  const { t } = useTranslation();
  if (!document.isError) return <Spinner label={t('documents.loading')} />;
  if (isNotFound(document.error)) return <NotFoundPage />;
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <QueryError error={document.error} onRetry={() => void document.refetch()} />
    </>
  );
}
