import { getRouteApi } from '@tanstack/react-router';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components';
import { Button, LinkButton, PageHeading, Pagination, Spinner } from '../../../design-system';
import { useMe } from '../../../lib/auth';
import { useAgreements } from '../api/getAgreements';
import { AgreementFilters, type AgreementFilterValues } from '../components/AgreementFilters';
import { AgreementTable } from '../components/AgreementTable';
import { RouteNotice } from '../components/RouteNotice';
import { buildAgreementQuery, pageCount, type AgreementSearch } from './searchParams';
import { toNewAgreement } from '../../../lib/links';
import '../styles.css';

const routeApi = getRouteApi('/agreements');

/** Search, filter, order and page through the agreements the visitor may see; the state lives in the address. */
export function AgreementListPage() {
  const { t } = useTranslation();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const query = buildAgreementQuery(search);
  const agreements = useAgreements(query);
  const me = useMe();
  const resultsRef = useRef<HTMLParagraphElement>(null);

  const update = useCallback(
    (changes: Partial<AgreementSearch>, options: { replace?: boolean } = {}) =>
      void navigate({
        search: (previous) => ({ ...previous, page: undefined, ...changes }),
        replace: options.replace,
      }),
    [navigate],
  );
  const onFilterChange = useCallback(
    (changes: AgreementFilterValues, options: { replace: boolean }) => update(changes, options),
    [update],
  );

  const goToPage = (page: number) => {
    update({ page: page > 1 ? page : undefined });
    resultsRef.current?.focus();
  };

  const data = agreements.data;
  const page = (data?.page ?? query.page ?? 0) + 1;
  const pages = data ? pageCount(data.total, data.size) : 1;
  const hasFilters = Boolean(
    search.q || search.kind || search.county || search.status || search.year || search.targetGroup,
  );

  return (
    <>
      <div className="page-header">
        <PageHeading>{t('agreements.list.title')}</PageHeading>
        {me.data?.permissions.createAgreement && (
          <LinkButton variant="primary" href={toNewAgreement()}>
            {t('agreements.list.new')}
          </LinkButton>
        )}
      </div>
      <RouteNotice />
      <p>{t('agreements.list.intro')}</p>

      <AgreementFilters values={search} onChange={onFilterChange} />

      {agreements.isError && !data ? (
        <QueryError error={agreements.error} onRetry={() => void agreements.refetch()} />
      ) : !data ? (
        <Spinner label={t('agreements.list.loading')} />
      ) : (
        <>
          {agreements.isError && <QueryError error={agreements.error} onRetry={() => void agreements.refetch()} />}
          <p className="result-count" ref={resultsRef} tabIndex={-1} role="status">
            {t('agreements.list.count', { count: data.total })}
          </p>
          {data.items.length === 0 ? (
            <div className="stack">
              <p>
                {t('agreements.list.empty')} {hasFilters && t('agreements.list.emptyHint')}
              </p>
              {hasFilters && (
                <Button
                  onPress={() =>
                    update({
                      q: undefined,
                      kind: undefined,
                      county: undefined,
                      status: undefined,
                      year: undefined,
                      targetGroup: undefined,
                    })
                  }
                >
                  {t('agreements.list.clearFilters')}
                </Button>
              )}
            </div>
          ) : (
            <AgreementTable items={data.items} isBusy={agreements.isFetching} />
          )}
          <Pagination
            page={page}
            pageCount={pages}
            onPageChange={goToPage}
            labels={{
              navigation: t('agreements.list.pagination'),
              previous: t('agreements.list.previous'),
              next: t('agreements.list.next'),
              status: t('agreements.list.pageStatus', { page, pageCount: pages }),
            }}
          />
        </>
      )}
    </>
  );
}
