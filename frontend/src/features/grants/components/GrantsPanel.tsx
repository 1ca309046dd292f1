import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictScreen, Loaded, RefusalAlert, useRefusalText } from '../../../components';
import { Alert, LinkButton } from '../../../design-system';
import { isStale } from '../../../lib/api';
import { fetchGrant } from '../api/getGrant';
import { useRevokeGrant } from '../api/revokeGrant';
import type { Grant, GrantKind, HistoryEntry } from '../types';
import { GrantForm } from './GrantForm';
import { GrantHistoryList } from './GrantHistoryList';
import { GrantTable } from './GrantTable';

type Props = {
  grants: UseQueryResult<Grant[]>;
  history: UseQueryResult<HistoryEntry[]>;
  includeRevoked: boolean;
  /** The same page with the revoked grants shown or hidden. */
  toggleRevokedHref: string;
  caption: string;
  emptyText: string;
  historyEmptyText: string;
  /** The county granted in; null for the grants outside any county. */
  countyCode: string | null;
  kinds: readonly GrantKind[];
};

/** Who holds which grants (revoking with the listed version), granting, and the audit of grants and revocations. */
export function GrantsPanel({
  grants,
  history,
  includeRevoked,
  toggleRevokedHref,
  caption,
  emptyText,
  historyEmptyText,
  countyCode,
  kinds,
}: Props) {
  const { t } = useTranslation();
  const revoke = useRevokeGrant();
  const refusalText = useRefusalText('grants', []);
  const [notice, setNotice] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<unknown>(null);
  const [stale, setStale] = useState<Grant | null>(null);
  const [isReapplying, setReapplying] = useState(false);

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
          <LinkButton href={toggleRevokedHref}>
            {includeRevoked ? t('grants.county.hideRevoked') : t('grants.county.showRevoked')}
          </LinkButton>
        </div>
        <Loaded query={grants}>
          {(items) =>
            items.length === 0 ? (
              <p>{emptyText}</p>
            ) : (
              <GrantTable
                caption={caption}
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
          countyCode={countyCode}
          kinds={kinds}
          onGranted={(holder) => {
            setRefusal(null);
            setNotice(t('grants.form.done', { holder }));
          }}
        />
      </section>

      <section aria-labelledby="grants-history">
        <h2 id="grants-history">{t('grants.history.title')}</h2>
        <Loaded query={history}>
          {(entries) => (entries.length === 0 ? <p>{historyEmptyText}</p> : <GrantHistoryList entries={entries} />)}
        </Loaded>
      </section>
    </>
  );
}
