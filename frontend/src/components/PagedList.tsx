import type { UseQueryResult } from '@tanstack/react-query';
import { useCallback, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Pagination, Spinner } from '../design-system';
import { QueryError } from './QueryError';

/** A page of a list as the API answers it: zero-based `page`. */
export type ListPage<T> = { items: T[]; total: number; page: number; size: number };

/** The features whose texts hold a list namespace (`<feature>.list.loading` …). */
export type ListNamespace = 'agreements' | 'organisations';

/** The texts of a searchable, paged list, in the words of its feature (`<namespace>.list.*`). */
export type PagedListTexts = {
  loading: string;
  count: (count: number) => string;
  empty: string;
  emptyHint: string;
  clearFilters: string;
  pagination: string;
  previous: string;
  next: string;
  pageStatus: (page: number, pageCount: number) => string;
};

function usePagedListTexts(namespace: ListNamespace): PagedListTexts {
  const { t } = useTranslation();
  // The key is built from the namespace, so the typed overloads cannot check it; textChunks.test.ts does.
  const translate = t as unknown as (key: string, options?: Record<string, number>) => string;
  const text = (key: string, options?: Record<string, number>) => translate(`${namespace}.list.${key}`, options);
  return {
    loading: text('loading'),
    count: (count) => text('count', { count }),
    empty: text('empty'),
    emptyHint: text('emptyHint'),
    clearFilters: text('clearFilters'),
    pagination: text('pagination'),
    previous: text('previous'),
    next: text('next'),
    pageStatus: (page, pageCount) => text('pageStatus', { page, pageCount }),
  };
}

/** The searchable list's state in the address: a change of search or filter starts again at the first page. */
export type SearchUpdate<S> = (changes: Partial<S>, options?: { replace?: boolean }) => void;

/**
 * The list page's way to change its address (`routeApi.useNavigate()`): `update` sets search and filters (back to the
 * first page), `goToPage` pages and moves the focus to the result count, which `resultsRef` marks.
 */
export function usePagedSearch<S extends { page?: number }>(
  navigate: (options: { search: (previous: S) => S; replace?: boolean }) => Promise<void>,
) {
  const resultsRef = useRef<HTMLParagraphElement>(null);
  const update = useCallback<SearchUpdate<S>>(
    (changes, options = {}) =>
      void navigate({ search: (previous) => ({ ...previous, page: undefined, ...changes }), replace: options.replace }),
    [navigate],
  );
  const goToPage = (page: number) => {
    update({ page: page > 1 ? page : undefined } as Partial<S>);
    resultsRef.current?.focus();
  };
  return { update, goToPage, resultsRef };
}

function pageCount(total: number, size: number): number {
  return Math.max(Math.ceil(total / size), 1);
}

/**
 * The results of a searchable, paged list: loading, the failure with a retry (above the last results while it has
 * them), the count (where paging moves the focus), none with a way to clear the filters, the items, the pages.
 */
export function PagedResults<T>({
  namespace,
  query,
  hasFilters,
  onClearFilters,
  onPageChange,
  resultsRef,
  children,
}: {
  /** Whose list texts (`<namespace>.list.*`) it speaks. */
  namespace: ListNamespace;
  query: UseQueryResult<ListPage<T>>;
  hasFilters: boolean;
  onClearFilters: () => void;
  onPageChange: (page: number) => void;
  resultsRef: RefObject<HTMLParagraphElement | null>;
  children: (items: T[]) => ReactNode;
}) {
  const texts = usePagedListTexts(namespace);
  const data = query.data;
  if (!data) {
    if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
    return <Spinner label={texts.loading} />;
  }
  const page = data.page + 1;
  const pages = pageCount(data.total, data.size);
  return (
    <>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      <p className="result-count" ref={resultsRef} tabIndex={-1} role="status">
        {texts.count(data.total)}
      </p>
      {data.items.length === 0 ? (
        <div className="stack">
          <p>
            {texts.empty} {hasFilters && texts.emptyHint}
          </p>
          {hasFilters && <Button onPress={onClearFilters}>{texts.clearFilters}</Button>}
        </div>
      ) : (
        children(data.items)
      )}
      <Pagination
        page={page}
        pageCount={pages}
        onPageChange={onPageChange}
        labels={{
          navigation: texts.pagination,
          previous: texts.previous,
          next: texts.next,
          status: texts.pageStatus(page, pages),
        }}
      />
    </>
  );
}
