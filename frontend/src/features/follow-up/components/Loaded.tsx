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

/** A whole page whose main read failed: not found (or not visible) in words, or the error with a retry. */
export function PageLoadFailure({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const notFound = isNotFound(error);
  return (
    <>
      <PageHeading>{notFound ? t('followUp.notFound') : t('common.errorTitle')}</PageHeading>
      {!notFound && <QueryError error={error} onRetry={onRetry} />}
      <p>
        <Link href="/follow-up">{t('followUp.backToOverview')}</Link>
      </p>
    </>
  );
}

/** A whole page whose main read has not (yet) succeeded: loading, or the failure (see `PageLoadFailure`). */
export function PageNotLoaded({ query }: { query: UseQueryResult<unknown> }) {
  const { t } = useTranslation();
  if (query.isError) return <PageLoadFailure error={query.error} onRetry={() => void query.refetch()} />;
  return <Spinner label={t('app.loading')} />;
}
