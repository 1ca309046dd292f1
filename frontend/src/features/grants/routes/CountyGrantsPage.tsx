import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RequirePermission } from '../../../components';
import { Link, PageHeading, Select } from '../../../design-system';
import { paths, toCountyGrants, toNationalGrants } from '../../../lib/links';
import { useCounties } from '../../../lib/reference';
import { useCountyGrantHistory } from '../api/getCountyGrantHistory';
import { useCountyGrants } from '../api/getCountyGrants';
import { GrantsPanel } from '../components/GrantsPanel';
import { countyGrantKinds } from '../types';
import '../styles.css';

const routeApi = getRouteApi(paths.countyGrants);

/** A county's grants for its coordinators and admins: who may do what, granting, revoking and the audit. */
export function CountyGrantsPage() {
  const { code } = routeApi.useParams();
  return (
    <RequirePermission allowed={(me) => me.permissions.grantCounties.includes(code)}>
      {(me) => (
        <CountyGrants code={code} counties={me.permissions.grantCounties} national={me.permissions.nationalGrants} />
      )}
    </RequirePermission>
  );
}

function CountyGrants({ code, counties, national }: { code: string; counties: readonly string[]; national: boolean }) {
  const { t } = useTranslation();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const includeRevoked = search.revoked === true;
  const grants = useCountyGrants(code, includeRevoked);
  const history = useCountyGrantHistory(code);
  const countyNames = useCounties();

  const nameOf = (county: string) => countyNames.data?.find((c) => c.code === county)?.name ?? county;

  return (
    <>
      <PageHeading>{t('grants.county.title', { county: nameOf(code) })}</PageHeading>
      <p>{t('grants.county.intro')}</p>
      {national && (
        <p>
          <Link href={toNationalGrants()}>{t('grants.national.link')}</Link>
        </p>
      )}
      {counties.length > 1 && (
        <div className="grants-county-select">
          <Select
            label={t('grants.county.choose')}
            options={counties.map((county) => ({ id: county, label: nameOf(county) }))}
            value={code}
            onChange={(county) => {
              if (county) void navigate({ href: toCountyGrants({ code: county }) });
            }}
          />
        </div>
      )}
      <GrantsPanel
        key={code}
        grants={grants}
        history={history}
        includeRevoked={includeRevoked}
        toggleRevokedHref={toCountyGrants({ code }, { revoked: includeRevoked ? undefined : true })}
        caption={t('grants.county.caption', { county: nameOf(code) })}
        emptyText={t('grants.county.empty')}
        historyEmptyText={t('grants.history.empty')}
        countyCode={code}
        kinds={countyGrantKinds}
      />
    </>
  );
}
