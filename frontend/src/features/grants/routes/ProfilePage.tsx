import { useTranslation } from 'react-i18next';
import { LoadedList, RequirePermission } from '../../../components';
import { DescriptionList, Link, PageHeading } from '../../../design-system';
import { toCountyGrants, toNationalGrants } from '../../../lib/links';
import { useMyGrants } from '../api/getMyGrants';
import { GrantTable } from '../components/GrantTable';
import '../styles.css';

/** The logged-in person: who the app knows them as, their organisation, and the grants they hold. */
export function ProfilePage() {
  const { t } = useTranslation();
  return (
    <RequirePermission allowed={(me) => me.authenticated}>
      {(me) => (
        <>
          <PageHeading>{t('grants.profile.title')}</PageHeading>
          <DescriptionList
            emptyValue={t('common.notSet')}
            items={[
              { term: t('grants.profile.name'), description: me.name ?? me.username ?? '' },
              { term: t('grants.profile.username'), description: me.username ?? '' },
              { term: t('grants.profile.organisation'), description: me.organisationName },
            ]}
          />
          <MyGrants />
          {me.permissions.grantCounties.length > 0 && (
            <p>
              <Link
                href={toCountyGrants({
                  code:
                    me.countyCode && me.permissions.grantCounties.includes(me.countyCode)
                      ? me.countyCode
                      : me.permissions.grantCounties[0],
                })}
              >
                {t('grants.profile.manage')}
              </Link>
            </p>
          )}
          {me.permissions.nationalGrants && (
            <p>
              <Link href={toNationalGrants()}>{t('grants.national.link')}</Link>
            </p>
          )}
        </>
      )}
    </RequirePermission>
  );
}

function MyGrants() {
  const { t } = useTranslation();
  const grants = useMyGrants();
  return (
    <section aria-labelledby="profile-grants">
      <h2 id="profile-grants">{t('grants.profile.grantsTitle')}</h2>
      <LoadedList query={grants} none={t('grants.profile.noGrants')}>
        {(items) => <GrantTable caption={t('grants.profile.grantsCaption')} grants={items} />}
      </LoadedList>
    </section>
  );
}
