import { getRouteApi, useRouterState } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageNotLoaded, refetched, useHistoryDisclosure } from '../../../components';
import {
  Alert,
  DescriptionList,
  Disclosure,
  Link,
  PageHeading,
  ProvenanceMark,
  SourceNote,
} from '../../../design-system';
import { formatDate, formatDateTime } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import { useActionItem } from '../api/getActionItem';
import { useStatusText } from '../components/ActionItemTable';
import { DeleteActionItem, EditActionItemForm } from '../components/ActionItemCorrections';
import { CorrectionOutcome } from '../components/AgendaCorrections';
import { EscalationForm } from '../components/EscalationForm';
import { PassAlongForm } from '../components/PassAlongForm';
import { StatusUpdateForm } from '../components/StatusUpdateForm';
import { toActionItem, toForum, toMeeting } from '../../../lib/links';
import { useActionItemHistory } from '../api/getActionItemHistory';
import { RecordHistory } from '../components/RecordHistory';
import '../styles.css';
import { Follow } from '../../../lib/slots/follow';

const routeApi = getRouteApi('/action-items/$id');

/** One action item (uppdrag, medskick): where it came from, owner, due date, status, and its trail across forums. */
export function ActionItemPage() {
  const { t, i18n } = useTranslation();
  const { id } = routeApi.useParams();
  const history = useHistoryDisclosure(useActionItemHistory, id);
  const query = useActionItem(id);
  const statusText = useStatusText();
  const [saved, setSaved] = useState<string | null>(null);
  const [refused, setRefused] = useState<unknown>(null);
  const notice = useRouterState({ select: (state) => state.location.state.notice });

  if (!query.isSuccess)
    return (
      <PageNotLoaded
        query={query}
        loadingLabel={t('forums.actionItem.loading')}
        notFoundTitle={t('forums.actionItem.notFound')}
      />
    );
  const { item } = query.data;
  const lang = locale(i18n.language);
  const refetch = () => refetched(query);
  return (
    <>
      {item.meeting && (
        <Link href={toMeeting({ id: item.meeting.id })} className="ds-link back-link">
          <span aria-hidden="true">← </span>
          {t('forums.actionItem.backToMeeting')}
        </Link>
      )}
      <PageHeading>{item.title}</PageHeading>
      <Follow subjectType="ACTION_ITEM" subjectId={item.id} name={item.title} />
      {saved && <Alert tone="success" title={saved} />}
      {refused !== null && <CorrectionOutcome outcome={{ error: refused }} />}
      {!saved && notice && <Alert tone="success" title={t(notice.key as 'forums.escalation.done', notice.values)} />}
      {item.description && <p className="preserve-lines">{item.description}</p>}
      <DescriptionList
        emptyValue={t('common.notSet')}
        items={[
          {
            term: t('forums.actionItem.status'),
            description: (
              <>
                <span className={item.overdue ? 'text-overdue' : undefined}>{statusText(item)}</span>
                <ProvenanceMark provenance={item.provenance} field="status" />
              </>
            ),
          },
          { term: t('forums.statusFields.note'), description: item.statusNote },
          {
            term: t('forums.actionItemFields.ownerOrganisationId'),
            description: (
              <>
                {item.owner.name}
                <ProvenanceMark provenance={item.provenance} field="owner" />
              </>
            ),
          },
          { term: t('forums.actionItemFields.ownerPerson'), description: item.ownerPerson },
          { term: t('forums.actionItemFields.dueOn'), description: formatDate(item.dueOn, lang) },
          {
            term: t('forums.actionItem.forum'),
            description: <Link href={toForum({ id: item.forum.id })}>{item.forum.name}</Link>,
          },
          {
            term: t('forums.actionItem.meeting'),
            description: item.meeting && (
              <Link href={toMeeting({ id: item.meeting.id })}>
                {t('forums.actionItem.fromMeeting', {
                  date: formatDate(item.meeting.date, lang),
                  point: item.meeting.agendaItemTitle,
                })}
              </Link>
            ),
          },
          {
            term: t('forums.actionItem.raisedFromLabel'),
            description: item.raisedFrom && (
              <Link href={toActionItem({ id: item.raisedFrom.id })}>
                {t('forums.actionItem.raisedFrom', { forum: item.raisedFrom.forum.name })}
              </Link>
            ),
          },
          {
            term: t('forums.actionItem.raisedToLabel'),
            description:
              item.raisedTo.length === 0 ? undefined : (
                <ul className="plain-list">
                  {item.raisedTo.map((link) => (
                    <li key={link.id}>
                      <Link href={toActionItem({ id: link.id })}>{link.forum.name}</Link>
                    </li>
                  ))}
                </ul>
              ),
          },
          { term: t('forums.actionItem.assigneeForum'), description: item.assigneeForum?.name },
          { term: t('forums.actionItem.closedAt'), description: item.closedAt && formatDateTime(item.closedAt, lang) },
          {
            term: t('forums.actionItem.updated'),
            description: t('forums.actionItem.updatedBy', {
              date: formatDateTime(item.updatedAt, lang),
              user: item.updatedBy,
            }),
          },
        ]}
      />
      <SourceNote provenance={item.provenance} />

      {item.permissions.statusChanges.length > 0 && (
        <StatusUpdateForm versioned={query.data} refetch={refetch} onSaved={setSaved} />
      )}

      {(item.permissions.edit || item.permissions.delete) && (
        <section aria-labelledby="action-item-correct-heading">
          <h2 id="action-item-correct-heading">{t('forums.corrections.actionItemHeading')}</h2>
          {item.permissions.edit && (
            <Disclosure summary={t('forums.corrections.editActionItem')}>
              <EditActionItemForm
                versioned={query.data}
                refetch={refetch}
                onSaved={(text) => {
                  setRefused(null);
                  setSaved(text);
                }}
              />
            </Disclosure>
          )}
          {item.permissions.delete ? (
            <div className="page-actions">
              <DeleteActionItem
                versioned={query.data}
                onError={(error) => {
                  setSaved(null);
                  setRefused(error);
                }}
              />
            </div>
          ) : (
            <p>{t('forums.corrections.deleteNotAvailable')}</p>
          )}
        </section>
      )}

      {item.permissions.passAlong && <PassAlongForm versioned={query.data} refetch={refetch} />}
      {item.permissions.escalate && <EscalationForm versioned={query.data} refetch={refetch} />}

      <h2>{t('forums.actionItem.trail')}</h2>
      {item.trail.length <= 1 ? (
        <p>{t('forums.actionItem.noTrail')}</p>
      ) : (
        <ol>
          {item.trail.map((step) => (
            <li key={step.id} style={{ marginInlineStart: `${step.depth * 1.5}rem` }}>
              {step.forum.name} ({t(`levelWord.${step.forum.level}`)}):{' '}
              {step.current ? (
                <strong>{t('forums.actionItem.thisItem')}</strong>
              ) : step.visible ? (
                <Link href={toActionItem({ id: step.id })}>{step.title}</Link>
              ) : (
                t('forums.actionItem.hiddenStep')
              )}
              {step.status && `, ${t(`actionItemStatus.${step.status}`)}`}
              {step.raisedAs && ` (${t(`forums.actionItem.raisedAs.${step.raisedAs}`)})`}
            </li>
          ))}
        </ol>
      )}
      <RecordHistory {...history} id={item.id} />
    </>
  );
}
