import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../components';
import { Badge, DataTable, Link } from '../../../design-system';
import { formatDateTime } from '../../../lib/format';
import { toGrant } from '../../../lib/links';
import type { Grant } from '../types';
import { GrantScope } from './GrantScope';

type Props = {
  caption: string;
  grants: readonly Grant[];
  /** Revokes a grant; without it the table offers no revocation (the person's own grants). */
  onRevoke?: (grant: Grant) => Promise<unknown>;
  onRevoked?: (grant: Grant, outcome: { error?: unknown }) => void;
  /** Links each grant to its page with its log (not on that page itself). */
  withLinks?: boolean;
};

/** Grants with their kind in words, holder, scope and who granted them when; revoked ones say so. */
export function GrantTable({ caption, grants, onRevoke, onRevoked, withLinks = true }: Props) {
  const { t, i18n } = useTranslation();
  const columns = [
    { key: 'kind', header: t('grants.table.kind') },
    { key: 'holder', header: t('grants.table.holder') },
    { key: 'scope', header: t('grants.table.scope') },
    { key: 'granted', header: t('grants.table.granted') },
    ...(onRevoke ? [{ key: 'actions', header: t('grants.table.actions') }] : []),
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={grants.map((grant) => ({
        key: grant.id,
        cells: [
          <>
            {t(`grantKind.${grant.kind}`)}
            {!grant.active && (
              <>
                {' '}
                <Badge tone="neutral">{t('grants.table.revoked')}</Badge>
              </>
            )}
          </>,
          grant.subjectName ? `${grant.subjectName} (${grant.subject})` : grant.subject,
          <GrantScope key="scope" grant={grant} />,
          <>
            {t('grants.table.grantedBy', {
              by: grant.grantedBy,
              at: formatDateTime(grant.grantedAt, i18n.language),
            })}
            {grant.revokedAt && (
              <>
                <br />
                {t('grants.table.revokedBy', {
                  by: grant.revokedBy ?? '',
                  at: formatDateTime(grant.revokedAt, i18n.language),
                })}
              </>
            )}
            {withLinks && (
              <>
                <br />
                <Link href={toGrant({ id: grant.id })}>
                  {t('grants.table.log')}
                  <span className="visually-hidden">
                    {' '}
                    {t('grants.table.logOf', {
                      kind: t(`grantKind.${grant.kind}`),
                      holder: grant.subjectName ?? grant.subject,
                    })}
                  </span>
                </Link>
              </>
            )}
          </>,
          ...(onRevoke
            ? [
                grant.active && grant.revocable ? (
                  <ConfirmAction
                    key="revoke"
                    label={t('grants.revoke.button')}
                    hiddenLabel={`${t(`grantKind.${grant.kind}`)}, ${grant.subjectName ?? grant.subject}`}
                    title={t('grants.revoke.title')}
                    confirmLabel={t('grants.revoke.confirm')}
                    action={() => onRevoke(grant)}
                    onDone={(outcome) => onRevoked?.(grant, outcome)}
                  >
                    <p>
                      {t('grants.revoke.text', {
                        kind: t(`grantKind.${grant.kind}`),
                        holder: grant.subjectName ?? grant.subject,
                      })}
                    </p>
                  </ConfirmAction>
                ) : (
                  ''
                ),
              ]
            : []),
        ],
      }))}
    />
  );
}
