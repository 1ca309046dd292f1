import { useTranslation } from 'react-i18next';
import { DataTable, Link, ProvenanceMark } from '../../../design-system';
import { formatDate } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import type { ActionItemSummary } from '../types';
import { toActionItem, toForum } from '../../../lib/links';

/** The status in words, with "overdue" said in text (never by colour alone). */
export function useStatusText() {
  const { t } = useTranslation();
  return (item: { status: ActionItemSummary['status']; overdue: boolean }) =>
    item.overdue
      ? `${t(`actionItemStatus.${item.status}`)} – ${t('forums.actionItem.overdue')}`
      : t(`actionItemStatus.${item.status}`);
}

/** Action items as a table: title (a link to the item), owner, due date, status; optionally where each came from. */
export function ActionItemTable({
  caption,
  items,
  showOrigin = false,
  showForum = false,
}: {
  caption: string;
  items: ActionItemSummary[];
  showOrigin?: boolean;
  /** Name the forum that follows each item up (on the board, where items of many forums meet). */
  showForum?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const statusText = useStatusText();
  const date = (value?: string) => formatDate(value, locale(i18n.language)) ?? t('common.notSet');
  return (
    <DataTable
      caption={caption}
      captionHidden
      columns={[
        { key: 'title', header: t('forums.actionItemFields.title') },
        { key: 'owner', header: t('forums.actionItemFields.ownerOrganisationId') },
        { key: 'due', header: t('forums.actionItemFields.dueOn') },
        { key: 'status', header: t('forums.actionItem.status') },
        ...(showForum ? [{ key: 'forum', header: t('forums.actionItem.forum') }] : []),
        ...(showOrigin ? [{ key: 'origin', header: t('forums.actionItem.origin') }] : []),
      ]}
      rows={items.map((item) => ({
        key: item.id,
        cells: [
          <Link key="title" href={toActionItem({ id: item.id })}>
            {item.title}
          </Link>,
          <>
            {item.ownerPerson ? `${item.owner.name} (${item.ownerPerson})` : item.owner.name}
            <ProvenanceMark provenance={item.provenance} field="owner" />
          </>,
          date(item.dueOn),
          <span key="status" className={item.overdue ? 'text-overdue' : undefined}>
            {statusText(item)}
          </span>,
          ...(showForum
            ? [
                <Link key="forum" href={toForum({ id: item.forum.id })}>
                  {item.forum.name}
                </Link>,
              ]
            : []),
          ...(showOrigin
            ? [
                item.meeting
                  ? t('forums.actionItem.fromMeeting', {
                      date: date(item.meeting.date),
                      point: item.meeting.agendaItemTitle,
                    })
                  : item.raisedFrom
                    ? t('forums.actionItem.raisedFrom', { forum: item.raisedFrom.forum.name })
                    : t('common.notSet'),
              ]
            : []),
        ],
      }))}
    />
  );
}
