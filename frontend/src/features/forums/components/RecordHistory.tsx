import { useTranslation } from 'react-i18next';
import { HistoryPanel, oneOf, useHistoryTexts, type HistoryDisclosure, type HistoryView } from '../../../components';
import { formatDate } from '../../../lib/format';
import { locale } from '../../../lib/i18n';

/** The records a forum, meeting, action item or status report history holds entries of. */
const entityTypes = [
  'FORUM',
  'MEMBER',
  'STANDING_ITEM',
  'MEETING',
  'AGENDA_ITEM',
  'DECISION',
  'ACTION_ITEM',
  'STATUS_REPORT',
  'INVITATION',
  'CONTRIBUTION',
] as const;
const actions = ['CREATED', 'UPDATED', 'DELETED', 'STATUS_CHANGED'] as const;

/**
 * The fields the server records (ForumMapper's, MeetingMapper's, ActionItemMapper's and StatusReportMapper's
 * snapshots), each with a label. A contribution's fields are its report's themes, shown as they are.
 */
const fields = [
  'name',
  'kind',
  'level',
  'county',
  'convener',
  'chair',
  'description',
  'meetingsPerYear',
  'invitedAsNeeded',
  'mandate',
  'purposes',
  'parentForum',
  'endsOn',
  'agreements',
  'organisation',
  'role',
  'representatives',
  'position',
  'title',
  'agreement',
  'goalArea',
  'date',
  'startTime',
  'endTime',
  'location',
  'onlineUrl',
  'attendees',
  'presenter',
  'minutes',
  'text',
  'outcome',
  'subject',
  'year',
  'caseNumber',
  'effects',
  'owner',
  'ownerPerson',
  'dueOn',
  'assigneeForum',
  'status',
  'statusNote',
  'quarter',
  'themes',
  'agendaItem',
  'compiledText',
] as const;

const dateFields: readonly string[] = ['endsOn', 'date', 'dueOn'];
const forumKinds = ['FORUM', 'NETWORK', 'WORKING_GROUP'] as const;
const levels = ['NATIONAL', 'REGIONAL', 'SUBREGIONAL', 'LOCAL'] as const;
const roles = ['MANAGER', 'EXPERT'] as const;
const itemKinds = [
  'STATUS_REPORT',
  'SUBREGIONAL_INPUT',
  'PRESENTATION',
  'DEEP_DIVE',
  'DECISION',
  'STANDING_FOLLOW_UP',
  'OTHER',
] as const;
const outcomes = ['ADOPTED', 'REJECTED', 'NOTED'] as const;
const actionStatuses = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const;
const reportStatuses = ['OPEN', 'COMPILED', 'PUBLISHED'] as const;
const relations = ['PREPARES_FOR', 'REPORTS_TO'] as const;

/** A recorded value in words: kinds, levels, roles and statuses translated, dates as the locale writes them. */
function useValueText() {
  const { t, i18n } = useTranslation();
  return (field: string, raw: string | undefined, entityType: string): string => {
    if (raw === undefined || raw === '') return t('common.notSet');
    if (dateFields.includes(field) && /^\d{4}-\d{2}-\d{2}$/.test(raw))
      return formatDate(raw, locale(i18n.language)) ?? raw;
    if (field === 'kind' && entityType === 'FORUM' && oneOf(forumKinds, raw)) return t(`forumKind.${raw}`);
    if (field === 'kind' && oneOf(itemKinds, raw)) return t(`agendaItemKind.${raw}`);
    if (field === 'level' && oneOf(levels, raw)) return t(`levelOption.${raw}`);
    if (field === 'role' && oneOf(roles, raw)) return t(`forums.memberRole.${raw}`);
    if (field === 'outcome' && oneOf(outcomes, raw)) return t(`decisionOutcome.${raw}`);
    if (field === 'status' && entityType === 'ACTION_ITEM' && oneOf(actionStatuses, raw))
      return t(`actionItemStatus.${raw}`);
    if (field === 'status' && entityType === 'STATUS_REPORT' && oneOf(reportStatuses, raw))
      return t(`statusReportStatus.${raw}`);
    if (field === 'parentForum') {
      const [relation, ...name] = raw.split(' ');
      if (oneOf(relations, relation)) return `${t(`forums.relationLabel.${relation}`)} ${name.join(' ')}`;
    }
    if (field === 'representatives') return raw.replaceAll(' (substitute)', ` (${t('forums.history.substitute')})`);
    return raw;
  };
}

/** Forum records' history entries in words. */
function useForumHistoryView(): HistoryView {
  const { t } = useTranslation();
  return {
    texts: useHistoryTexts('forums'),
    what: (entry) =>
      oneOf(entityTypes, entry.entityType) && oneOf(actions, entry.action)
        ? t(`forums.history.event.${entry.entityType}.${entry.action}`)
        : entry.summary,
    fieldLabel: (field) => (oneOf(fields, field) ? t(`forums.history.fields.${field}`) : field),
    value: useValueText(),
  };
}

/**
 * A forum's, meeting's, action item's or status report's changes, newest first: when, who, and which fields changed
 * from what to what. Behind a disclosure that loads them when opened, so that the record stays first.
 */
export function RecordHistory({ query, id, open, onToggle }: HistoryDisclosure & { id: string }) {
  return <HistoryPanel query={query} view={useForumHistoryView()} id={id} open={open} onToggle={onToggle} />;
}
