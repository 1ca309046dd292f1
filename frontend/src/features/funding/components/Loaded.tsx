import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../app/components/QueryError';
import { Link, PageHeading, Spinner } from '../../../design-system';
import { isNotFound } from '../../../lib/api';

/** A part of a page that reads something: loading, then a failure with a retry, then the part itself. */
export function Loaded<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.isPending) return <Spinner label={t('app.loading')} />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}

/** A whole page whose main read has not succeeded (yet): loading, not found in words, or the failure. */
export function PageNotLoaded({
  query,
  notFoundTitle,
  back,
}: {
  query: UseQueryResult;
  notFoundTitle: string;
  back?: { href: string; label: string };
}) {
  const { t } = useTranslation();
  if (!query.isError) return <Spinner label={t('app.loading')} />;
  const notFound = isNotFound(query.error);
  return (
    <>
      <PageHeading>{notFound ? notFoundTitle : t('common.errorTitle')}</PageHeading>
      {!notFound && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {back && <Link href={back.href}>{back.label}</Link>}
    </>
  );
}
