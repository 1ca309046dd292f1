import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changedFields, ConflictScreen, conflictRows, Loaded, RefusalAlert, useRefusalText } from '../../../components';
import { Alert, LinkButton } from '../../../design-system';
import { isStale } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { fetchGrant } from '../api/getGrant';
import { useRevokeGrant } from '../api/revokeGrant';
import type { Grant, GrantKind, HistoryEntry } from '../types';
import { GrantForm } from './GrantForm';
import { GrantHistoryList } from './GrantHistoryList';
import { GrantTable } from './GrantTable';

/** What a revocation changes of a grant: whether it is active, and who revoked it when. */
type GrantStatus = { active: boolean; revokedBy?: string; revokedAt?: string };
type RevocationValues = { status: GrantStatus };

const revocationFields = ['status'] as const;
const valuesOf = (grant: Grant): RevocationValues => ({
  status: { active: grant.active, revokedBy: grant.revokedBy, revokedAt: grant.revokedAt },
});
/** My change: the grant revoked (by me, when the server takes it). */
const mine: RevocationValues = { status: { active: false } };

/** A refused revocation (412): the grant as it was listed and as it is stored now. */
type StaleRevocation = { listed: Grant; latest: Grant };

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
  const { t, i18n } = useTranslation();
  const revoke = useRevokeGrant();
  const refusalText = useRefusalText('grants', []);
  const [notice, setNotice] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<unknown>(null);
  const [stale, setStale] = useState<StaleRevocation | null>(null);
  const [isReapplying, setReapplying] = useState(false);

  const holderOf = (grant: Grant) => grant.subjectName ?? grant.subject;
  const describeStatus = (value: unknown) => {
    const status = value as GrantStatus;
    if (status.active) return t('grants.revoke.active');
    if (!status.revokedBy) return t('grants.revoke.revokedByMe');
    return t('grants.revoke.revokedBy', {
      by: status.revokedBy,
      at: status.revokedAt ? formatDateTime(status.revokedAt, i18n.language) : '',
    });
  };

  /** After a 412 the grant is read again: the conflict screen compares what was listed with what is stored now. */
  const compareWithLatest = async (listed: Grant) => {
    try {
      setStale({ listed, latest: await fetchGrant(listed.id) });
    } catch (error) {
      setStale(null);
      setRefusal(error);
    }
  };

  const onRevoked = (grant: Grant, outcome: { error?: unknown }) => {
    setRefusal(null);
    setNotice(null);
    if (!outcome.error) setNotice(t('grants.revoke.done', { holder: holderOf(grant) }));
    else if (isStale(outcome.error)) void compareWithLatest(grant);
    else setRefusal(outcome.error);
  };

  // My change onto the latest version: revoked with its ETag, unless someone else revoked it already.
  const reapply = async () => {
    if (!stale) return;
    const { latest } = stale;
    setReapplying(true);
    try {
      if (!latest.active) {
        setStale(null);
        setNotice(t('grants.revoke.already', { holder: holderOf(latest), by: latest.revokedBy ?? '' }));
        return;
      }
      await revoke.mutateAsync(latest);
      setStale(null);
      setNotice(t('grants.revoke.done', { holder: holderOf(latest) }));
    } catch (error) {
      // Yet another change in between: compare with that one; any other refusal is explained.
      if (isStale(error)) await compareWithLatest(latest);
      else {
        setStale(null);
        setRefusal(error);
      }
    } finally {
      setReapplying(false);
    }
  };

  return (
    <>
      {notice && <Alert tone="success" title={notice} focusOnMount />}
      {refusal !== null && <RefusalAlert refusal={refusalText(refusal)} />}
      {stale && (
        <>
          <ConflictScreen
            rows={conflictRows(revocationFields, valuesOf(stale.listed), valuesOf(stale.latest), mine)}
            myChanges={changedFields(revocationFields, valuesOf(stale.listed), mine).map(() =>
              t('grants.revoke.status'),
            )}
            labelOf={() => t('grants.revoke.status')}
            describe={(_, value) => describeStatus(value)}
            onReload={() => {
              setStale(null);
              void grants.refetch();
            }}
            onReapply={() => void reapply()}
            isReapplying={isReapplying}
          />
          <p>
            {t('grants.revoke.conflictAbout', {
              kind: t(`grantKind.${stale.latest.kind}`),
              holder: holderOf(stale.latest),
            })}
          </p>
        </>
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
