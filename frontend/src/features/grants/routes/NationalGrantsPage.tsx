import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RequirePermission } from '../../../components';
import { PageHeading } from '../../../design-system';
import { paths, toNationalGrants } from '../../../lib/links';
import { useNationalGrantHistory } from '../api/getNationalGrantHistory';
import { useNationalGrants } from '../api/getNationalGrants';
import { GrantsPanel } from '../components/GrantsPanel';
import { nationalGrantKinds } from '../types';
import '../styles.css';

const routeApi = getRouteApi(paths.nationalGrants);

/**
 * The grants outside any county, for admins: national readers, and statistics providers whose indicators span
 * counties; granting them (with a picker of named indicators), revoking and their audit.
 */
export function NationalGrantsPage() {
  return (
    <RequirePermission allowed={(me) => me.permissions.nationalGrants}>{() => <NationalGrants />}</RequirePermission>
  );
}

function NationalGrants() {
  const { t } = useTranslation();
  const search = routeApi.useSearch();
  const includeRevoked = search.revoked === true;
  const grants = useNationalGrants(includeRevoked);
  const history = useNationalGrantHistory();
  return (
    <>
      <PageHeading>{t('grants.national.title')}</PageHeading>
      <p>{t('grants.national.intro')}</p>
      <GrantsPanel
        grants={grants}
        history={history}
        includeRevoked={includeRevoked}
        toggleRevokedHref={toNationalGrants({ revoked: includeRevoked ? undefined : true })}
        caption={t('grants.national.caption')}
        emptyText={t('grants.national.empty')}
        historyEmptyText={t('grants.national.historyEmpty')}
        countyCode={null}
        kinds={nationalGrantKinds}
      />
    </>
  );
}
