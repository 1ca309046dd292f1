import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, PageHeading, Spinner } from '../design-system';
import { isNotFound } from '../lib/api';
import { QueryError } from './QueryError';

/** A part of a page that reads something: loading, then a failure with a retry, then the part itself. */
export function Loaded<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.isPending) return <Spinner label={t('app.loading')} />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}

export type PageLoadProps = {
  /** Names the page's subject while it loads. */
  loadingLabel?: string;
  /** The heading when the thing is not there, or not visible to the visitor (drafts are not public, say). */
  notFoundTitle: string;
  notFoundText?: string;
  /** Where to go instead (the list or overview). */
  back?: { href: string; label: string };
};

/** A whole page whose main read has not succeeded (yet): loading, not found in words, or the failure with a retry. */
export function PageNotLoaded({
  query,
  loadingLabel,
  notFoundTitle,
  notFoundText,
  back,
}: PageLoadProps & { query: UseQueryResult }) {
  const { t } = useTranslation();
  if (!query.isError) return <Spinner label={loadingLabel ?? t('app.loading')} />;
  const notFound = isNotFound(query.error);
  return (
    <>
      <PageHeading>{notFound ? notFoundTitle : t('common.errorTitle')}</PageHeading>
      {notFound && notFoundText && <p>{notFoundText}</p>}
      {!notFound && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {back && (
        <p>
          <Link href={back.href}>{back.label}</Link>
        </p>
      )}
    </>
  );
}

/** A whole page that reads one thing: see `PageNotLoaded` until it is there, then the page itself. */
export function LoadedPage<T>({
  query,
  children,
  ...props
}: PageLoadProps & { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  if (query.isSuccess) return <>{children(query.data)}</>;
  return <PageNotLoaded query={query} {...props} />;
}
