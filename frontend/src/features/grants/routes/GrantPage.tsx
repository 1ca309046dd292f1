import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LoadedList, PageNotLoaded, PageTop, RequirePermission, type PageLoadProps } from '../../../components';
import { paths, toCountyGrants, toNationalGrants, toProfile } from '../../../lib/links';
import type { Me } from '../../../lib/auth';
import { useGrant } from '../api/getGrant';
import { useGrantHistory } from '../api/getGrantHistory';
import { FederationMembers } from '../components/FederationMembers';
import { GrantHistoryList } from '../components/GrantHistoryList';
import { GrantTable } from '../components/GrantTable';
import type { Grant } from '../types';
import '../styles.css';

const routeApi = getRouteApi(paths.grant);

/** One grant for its holder, its county's coordinators and admins: what it covers and who granted or revoked it when. */
export function GrantPage() {
  return <RequirePermission allowed={(me) => me.authenticated}>{(me) => <GrantDetails me={me} />}</RequirePermission>;
}

/** Back to where the grant is managed, if the caller manages it; otherwise to their own profile. */
function backLink(grant: Grant, me: Me): { href: string; to: 'county' | 'national' | 'profile' } {
  if (grant.countyCode && me.permissions.grantCounties.includes(grant.countyCode)) {
    return { href: toCountyGrants({ code: grant.countyCode }), to: 'county' };
  }
  if (!grant.countyCode && me.permissions.nationalGrants) {
    return { href: toNationalGrants(), to: 'national' };
  }
  return { href: toProfile(), to: 'profile' };
}

function GrantDetails({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { id } = routeApi.useParams();
  const grant = useGrant(id);
  const history = useGrantHistory(id);
  const notLoaded: PageLoadProps = {
    notFoundTitle: t('grants.grant.notFound'),
    notFoundText: t('grants.grant.notFoundText'),
    back: { href: toProfile(), label: t('grants.grant.backToProfile') },
  };
  if (!grant.isSuccess) return <PageNotLoaded query={grant} {...notLoaded} />;
  const data = grant.data;
  const back = backLink(data, me);
  const holder = data.subjectName ?? data.subject;
  const backLabel = {
    county: t('grants.grant.backToCounty'),
    national: t('grants.grant.backToNational'),
    profile: t('grants.grant.backToProfile'),
  }[back.to];
  return (
    <>
      <PageTop
        back={{ href: back.href, label: backLabel }}
        title={t('grants.grant.title', { kind: t(`grantKind.${data.kind}`), holder })}
      />
      <GrantTable caption={t('grants.grant.caption')} grants={[data]} withLinks={false} />
      {data.kind === 'FEDERATION_COORDINATOR' && data.organisationId && (
        <section aria-labelledby="grant-municipalities">
          <h2 id="grant-municipalities">{t('grants.grant.municipalities')}</h2>
          <FederationMembers federationId={data.organisationId} />
        </section>
      )}
      <section aria-labelledby="grant-history">
        <h2 id="grant-history">{t('grants.grant.history')}</h2>
        <LoadedList query={history} none={t('grants.grant.noHistory')}>
          {(entries) => <GrantHistoryList entries={entries} />}
        </LoadedList>
      </section>
    </>
  );
}
