import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PagedResults, PageTop, usePagedSearch } from '../../../components';
import { useMe } from '../../../lib/auth';
import { useAgreements } from '../api/getAgreements';
import { AgreementFilters } from '../components/AgreementFilters';
import { AgreementTable } from '../components/AgreementTable';
import { RouteNotice } from '../components/RouteNotice';
import { buildAgreementQuery, type AgreementSearch } from './searchParams';
import { toNewAgreement } from '../../../lib/links';
import '../styles.css';

const routeApi = getRouteApi('/agreements');

/** Search, filter, order and page through the agreements the visitor may see; the state lives in the address. */
export function AgreementListPage() {
  const { t } = useTranslation();
  const search = routeApi.useSearch();
  const agreements = useAgreements(buildAgreementQuery(search));
  const me = useMe();
  const { update, goToPage, resultsRef } = usePagedSearch<AgreementSearch>(routeApi.useNavigate());
  const { q, kind, county, status, year, targetGroup } = search;
  const noFilters = { q: undefined, kind: undefined, county: undefined, status: undefined, year: undefined };

  return (
    <>
      <PageTop
        title={t('agreements.list.title')}
        action={
          me.data?.permissions.createAgreement ? { href: toNewAgreement(), label: t('agreements.list.new') } : null
        }
      />
      <RouteNotice />
      <p>{t('agreements.list.intro')}</p>
      <AgreementFilters values={search} onChange={update} />
      <PagedResults
        namespace="agreements"
        query={agreements}
        hasFilters={Boolean(q || kind || county || status || year || targetGroup)}
        onClearFilters={() => update({ ...noFilters, targetGroup: undefined })}
        onPageChange={goToPage}
        resultsRef={resultsRef}
      >
        {(items) => <AgreementTable items={items} isBusy={agreements.isFetching} />}
      </PagedResults>
    </>
  );
}
