import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictScreen, Loaded, RefusalAlert, RequirePermission, useRefusalText } from '../../../components';
import { Alert, LinkButton, PageHeading, Select } from '../../../design-system';
import { isStale } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { paths, toCountyGrants } from '../../../lib/links';
import { useCounties } from '../../../lib/reference';
import { useCountyGrantHistory } from '../api/getCountyGrantHistory';
import { useCountyGrants } from '../api/getCountyGrants';
import { fetchGrant } from '../api/getGrant';
import { useRevokeGrant } from '../api/revokeGrant';
import { GrantForm } from '../components/GrantForm';
import { GrantTable } from '../components/GrantTable';
import type { Grant } from '../types';
import '../styles.css';

const routeApi = getRouteApi(paths.countyGrants);

/** A county's grants for its coordinators and admins: who may do what, granting, revoking and the audit. */
export function CountyGrantsPage() {
  const { code } = routeApi.useParams();
  return (
    <RequirePermission allowed={(me) => me.permissions.grantCounties.includes(code)}>
      {(me) => <CountyGrants code={code} counties={me.permissions.grantCounties} />}
    </RequirePermission>
  );
}

function CountyGrants({ code, counties }: { code: string; counties: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const includeRevoked = search.revoked === true;
  const grants = useCountyGrants(code, includeRevoked);
  const history = useCountyGrantHistory(code);
  const countyNames = useCounties();
  const revoke = useRevokeGrant();
  const refusalText = useRefusalText('grants', []);
  const [notice, setNotice] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<unknown>(null);
  const [stale, setStale] = useState<Grant | null>(null);
  const [isReapplying, setReapplying] = useState(false);

  const nameOf = (county: string) => countyNames.data?.find((c) => c.code === county)?.name ?? county;

  const onRevoked = (grant: Grant, outcome: { error?: unknown }) => {
    setRefusal(null);
    setNotice(null);
    if (!outcome.error) setNotice(t('grants.revoke.done', { holder: grant.subjectName ?? grant.subject }));
    else if (isStale(outcome.error)) setStale(grant);
    else setRefusal(outcome.error);
  };

  // After a 412 the grant is read again and revoked at the version now stored, if it is still active.
  const reapply = async () => {
    if (!stale) return;
    setReapplying(true);
    try {
      const latest = await fetchGrant(stale.id);
      if (latest.active) await revoke.mutateAsync(latest);
      setStale(null);
      setNotice(t('grants.revoke.done', { holder: latest.subjectName ?? latest.subject }));
    } catch (error) {
      setStale(null);
      setRefusal(error);
    } finally {
      setReapplying(false);
    }
  };

  return (
    <>
      <PageHeading>{t('grants.county.title', { county: nameOf(code) })}</PageHeading>
      <p>{t('grants.county.intro')}</p>
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
      {notice && <Alert tone="success" title={notice} focusOnMount />}
      {refusal !== null && <RefusalAlert refusal={refusalText(refusal)} />}
      {stale && (
        <ConflictScreen
          rows={[]}
          myChanges={[t('grants.revoke.myChange')]}
          labelOf={(field: string) => field}
          describe={() => ''}
          onReload={() => {
            setStale(null);
            void grants.refetch();
          }}
          onReapply={() => void reapply()}
          isReapplying={isReapplying}
        />
      )}

      <section aria-labelledby="grants-list">
        <div className="grants-heading">
          <h2 id="grants-list">{includeRevoked ? t('grants.county.allTitle') : t('grants.county.activeTitle')}</h2>
          <LinkButton href={toCountyGrants({ code }, { revoked: includeRevoked ? undefined : true })}>
            {includeRevoked ? t('grants.county.hideRevoked') : t('grants.county.showRevoked')}
          </LinkButton>
        </div>
        <Loaded query={grants}>
          {(items) =>
            items.length === 0 ? (
              <p>{t('grants.county.empty')}</p>
            ) : (
              <GrantTable
                caption={t('grants.county.caption', { county: nameOf(code) })}
                grants={items}
                onRevoke={(grant) => revoke.mutateAsync(grant)}
                onRevoked={onRevoked}
              />
            )
          }
        </Loaded>
      </section>

      <section aria-labelledby="grants-new">
        <h2 id="grants-new">{t('grants.form.title')}</h2>
        <GrantForm
          countyCode={code}
          onGranted={(holder) => {
            setRefusal(null);
            setNotice(t('grants.form.done', { holder }));
          }}
        />
      </section>

      <section aria-labelledby="grants-history">
        <h2 id="grants-history">{t('grants.history.title')}</h2>
        <Loaded query={history}>
          {(entries) =>
            entries.length === 0 ? (
              <p>{t('grants.history.empty')}</p>
            ) : (
              <ol className="grants-history">
                {entries.map((entry) => (
                  <li key={entry.id}>
                    <span className="grants-history-when">{formatDateTime(entry.at, i18n.language)}</span>{' '}
                    {t('grants.history.entry', { actor: entry.actor, summary: entry.summary })}
                  </li>
                ))}
              </ol>
            )
          }
        </Loaded>
      </section>
    </>
  );
}
