import { getRouteApi } from '@tanstack/react-router';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components';
import { Button, LinkButton, PageHeading, Pagination, Spinner } from '../../../design-system';
import { useMe } from '../../../lib/auth';
import { useOrganisations } from '../api/getOrganisations';
import { OrganisationFilters, type OrganisationFilterValues } from '../components/OrganisationFilters';
import { OrganisationTable } from '../components/OrganisationTable';
import { buildOrganisationQuery, pageCount, type OrganisationSearch } from './searchParams';
import { toNewOrganisation } from '../../../lib/links';

const routeApi = getRouteApi('/organisations');

/** Search, filter and page through the organisations; the state lives in the address. */
export function OrganisationListPage() {
  const { t } = useTranslation();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const query = buildOrganisationQuery(search);
  const organisations = useOrganisations(query);
  const me = useMe();
  const resultsRef = useRef<HTMLParagraphElement>(null);

  const update = useCallback(
    (changes: Partial<OrganisationSearch>, options: { replace?: boolean } = {}) =>
      void navigate({
        search: (previous) => ({ ...previous, page: undefined, ...changes }),
        replace: options.replace,
      }),
    [navigate],
  );
  const onFilterChange = useCallback(
    (changes: OrganisationFilterValues, options: { replace: boolean }) => update(changes, options),
    [update],
  );

  const goToPage = (page: number) => {
    update({ page: page > 1 ? page : undefined });
    resultsRef.current?.focus();
  };

  const data = organisations.data;
  const page = (data?.page ?? query.page ?? 0) + 1;
  const pages = data ? pageCount(data.total, data.size) : 1;
  const hasFilters = Boolean(search.q || search.type || search.county);

  return (
    <>
      <div className="page-header">
        <PageHeading>{t('organisations.list.title')}</PageHeading>
        {me.data?.permissions.createOrganisation && (
          <LinkButton variant="primary" href={toNewOrganisation()}>
            {t('organisations.list.new')}
          </LinkButton>
        )}
      </div>
      <p>{t('organisations.list.intro')}</p>

      <OrganisationFilters values={search} onChange={onFilterChange} />

      {organisations.isError && !data ? (
        <QueryError error={organisations.error} onRetry={() => void organisations.refetch()} />
      ) : !data ? (
        <Spinner label={t('organisations.list.loading')} />
      ) : (
        <>
          {organisations.isError && (
            <QueryError error={organisations.error} onRetry={() => void organisations.refetch()} />
          )}
          <p className="result-count" ref={resultsRef} tabIndex={-1} role="status">
            {t('organisations.list.count', { count: data.total })}
          </p>
          {data.items.length === 0 ? (
            <div className="stack">
              <p>
                {t('organisations.list.empty')} {hasFilters && t('organisations.list.emptyHint')}
              </p>
              {hasFilters && (
                <Button onPress={() => update({ q: undefined, type: undefined, county: undefined })}>
                  {t('organisations.list.clearFilters')}
                </Button>
              )}
            </div>
          ) : (
            <OrganisationTable
              items={data.items}
              sort={search.sort}
              onSortChange={(sort) => update({ sort: sort === 'name' ? undefined : sort })}
              isBusy={organisations.isFetching}
            />
          )}
          <Pagination
            page={page}
            pageCount={pages}
            onPageChange={goToPage}
            labels={{
              navigation: t('organisations.list.pagination'),
              previous: t('organisations.list.previous'),
              next: t('organisations.list.next'),
              status: t('organisations.list.pageStatus', { page, pageCount: pages }),
            }}
          />
        </>
      )}
    </>
  );
}
