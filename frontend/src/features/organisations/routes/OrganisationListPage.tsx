import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PagedResults, PageTop, usePagedSearch } from '../../../components';
import { useMe } from '../../../lib/auth';
import { useOrganisations } from '../api/getOrganisations';
import { OrganisationFilters } from '../components/OrganisationFilters';
import { OrganisationTable } from '../components/OrganisationTable';
import { buildOrganisationQuery, type OrganisationSearch } from './searchParams';
import { toNewOrganisation } from '../../../lib/links';

const routeApi = getRouteApi('/organisations');

/** Search, filter and page through the organisations; the state lives in the address. */
export function OrganisationListPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = routeApi.useSearch();
  const organisations = useOrganisations(buildOrganisationQuery(search));
  const { update, goToPage, resultsRef } = usePagedSearch<OrganisationSearch>(routeApi.useNavigate());
  const newOrganisation = { href: toNewOrganisation(), label: t('organisations.list.new') };

  return (
    <>
      <PageTop
        title={t('organisations.list.title')}
        action={me.data?.permissions.createOrganisation ? newOrganisation : null}
      />
      <p>{t('organisations.list.intro')}</p>
      <OrganisationFilters values={search} onChange={update} />
      <PagedResults
        namespace="organisations"
        query={organisations}
        hasFilters={Boolean(search.q || search.type || search.county)}
        onClearFilters={() => update({ q: undefined, type: undefined, county: undefined })}
        onPageChange={goToPage}
        resultsRef={resultsRef}
      >
        {(items) => (
          <OrganisationTable
            items={items}
            sort={search.sort}
            onSortChange={(sort) => update({ sort: sort === 'name' ? undefined : sort })}
            isBusy={organisations.isFetching}
          />
        )}
      </PagedResults>
    </>
  );
}
