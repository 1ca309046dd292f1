import { useTranslation } from 'react-i18next';
import { Loaded, useAgreementSummaryCells } from '../../../components';
import { Badge, DataTable, Link, ScrollTable } from '../../../design-system';
import { formatDate } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import { toActionItem, toAgreement, toForum } from '../../../lib/links';
import { useOrganisationCommitments } from '../api/getOrganisationCommitments';
import type { CommittedResponsibility, OrganisationCommitments as Commitments } from '../types';

/** The responsibilities of one agreement, in the order the API gives them: by goal area, then level. */
function byAgreement(responsibilities: CommittedResponsibility[]) {
  const groups = new Map<string, { title: string; rows: CommittedResponsibility[] }>();
  for (const row of responsibilities) {
    const group = groups.get(row.agreementId) ?? { title: row.agreementTitle, rows: [] };
    group.rows.push(row);
    groups.set(row.agreementId, group);
  }
  return [...groups.entries()].map(([id, group]) => ({ id, ...group }));
}

function CommitmentLists({ commitments }: { commitments: Commitments }) {
  const { t, i18n } = useTranslation();
  const date = (value: string | null | undefined) => formatDate(value, locale(i18n.language)) ?? t('common.notSet');
  const summary = useAgreementSummaryCells();
  return (
    <>
      {commitments.truncated && <p>{t('organisations.commitments.truncated')}</p>}

      <h3>{t('organisations.commitments.agreements')}</h3>
      <ScrollTable
        caption={t('organisations.commitments.agreementsCaption')}
        empty={t('organisations.commitments.noAgreements')}
        columns={[
          { key: 'title', header: t('organisations.commitments.agreement') },
          { key: 'kind', header: t('organisations.commitments.kind') },
          { key: 'period', header: t('organisations.commitments.period') },
          { key: 'status', header: t('organisations.commitments.status') },
          { key: 'role', header: t('organisations.commitments.role') },
        ]}
        rows={commitments.agreements.map((agreement) => {
          const cells = summary(agreement);
          return {
            key: agreement.id,
            cells: [cells.title, cells.kind, cells.period, cells.status, t(`partyRole.${agreement.role}`)],
          };
        })}
      />

      <h3>{t('organisations.commitments.responsibilities')}</h3>
      {commitments.responsibilities.length === 0 ? (
        <p>{t('organisations.commitments.noResponsibilities')}</p>
      ) : (
        byAgreement(commitments.responsibilities).map((group) => (
          <section key={group.id} aria-labelledby={`responsibilities-${group.id}`}>
            <h4 id={`responsibilities-${group.id}`}>
              <Link href={toAgreement({ id: group.id })}>{group.title}</Link>
            </h4>
            <DataTable
              caption={t('organisations.commitments.responsibilitiesCaption', { agreement: group.title })}
              captionHidden
              columns={[
                { key: 'goalArea', header: t('organisations.commitments.goalArea') },
                { key: 'level', header: t('organisations.commitments.level') },
                { key: 'kind', header: t('organisations.commitments.responsibility') },
                { key: 'qualifier', header: t('organisations.commitments.through') },
              ]}
              rows={group.rows.map((row, index) => ({
                key: `${row.goalAreaId}-${row.level ?? ''}-${row.kind}-${index}`,
                cells: [
                  row.goalAreaNumber ? `${row.goalAreaNumber} ${row.goalAreaTitle}` : row.goalAreaTitle,
                  row.level ? t(`levelOption.${row.level}`) : t('common.notSet'),
                  row.allOtherSignatories
                    ? t('organisations.commitments.asOtherSignatory', { kind: t(`responsibilityKind.${row.kind}`) })
                    : t(`responsibilityKind.${row.kind}`),
                  row.qualifier ?? t('common.notSet'),
                ],
              }))}
            />
          </section>
        ))
      )}

      <h3>{t('organisations.commitments.forums')}</h3>
      {commitments.forums.length === 0 ? (
        <p>{t('organisations.commitments.noForums')}</p>
      ) : (
        <ul>
          {commitments.forums.map((forum) => (
            <li key={forum.id}>
              <Link href={toForum({ id: forum.id })}>{forum.name}</Link>
              {' – '}
              {[
                forum.role ? t(`forums.memberRole.${forum.role}`) : null,
                forum.convener ? t('organisations.commitments.convener') : null,
              ]
                .filter(Boolean)
                .join(', ')}
            </li>
          ))}
        </ul>
      )}

      <h3>{t('organisations.commitments.actionItems')}</h3>
      <ScrollTable
        caption={t('organisations.commitments.actionItemsCaption')}
        empty={t('organisations.commitments.noActionItems')}
        columns={[
          { key: 'title', header: t('organisations.commitments.actionItem') },
          { key: 'forum', header: t('organisations.commitments.forum') },
          { key: 'due', header: t('organisations.commitments.dueOn') },
          { key: 'status', header: t('organisations.commitments.status') },
        ]}
        rows={commitments.actionItems.map((item) => ({
          key: item.id,
          cells: [
            <Link key="title" href={toActionItem({ id: item.id })}>
              {item.title}
            </Link>,
            <Link key="forum" href={toForum({ id: item.forumId })}>
              {item.forumName}
            </Link>,
            <span key="due">
              {date(item.dueOn)}{' '}
              {item.overdue && <Badge tone="warning">{t('organisations.commitments.overdue')}</Badge>}
            </span>,
            t(`actionItemStatus.${item.status}`),
          ],
        }))}
      />
    </>
  );
}

/**
 * What the organisation is committed to (issue 17): agreements it is party to, its responsibilities per goal area and
 * level, its forums and open action items. The API lists only what the visitor may read, so drafts stay hidden.
 */
export function OrganisationCommitments({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="organisation-commitments">
      <h2 id="organisation-commitments">{t('organisations.commitments.title')}</h2>
      <Loaded query={useOrganisationCommitments(id)}>
        {(commitments) => <CommitmentLists commitments={commitments} />}
      </Loaded>
    </section>
  );
}
