import { useTranslation } from 'react-i18next';
import { HistoryPanel, oneOf, useHistoryTexts, type HistoryDisclosure, type HistoryView } from '../../../components';
import { formatDate } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import { formatKronor } from '../format';

/** The records a funding history holds entries of (an account's are its project's). */
const entityTypes = [
  'FUNDING_PROGRAMME',
  'FUNDING_CALL',
  'FUNDING_APPLICATION',
  'FUNDING_PROJECT',
  'FUNDING_ACCOUNT',
] as const;
const actions = ['CREATED', 'UPDATED', 'DELETED', 'STATUS_CHANGED'] as const;

/** The fields the server records (FundingMapper's snapshots), each with a label. */
const fields = [
  'kind',
  'name',
  'description',
  'legalBasis',
  'managingAuthority',
  'programme',
  'countyCode',
  'year',
  'title',
  'startsOn',
  'endsOn',
  'deadline',
  'budget',
  'strategyWeight',
  'status',
  'priorities',
  'applicant',
  'coApplicants',
  'projectName',
  'amountApplied',
  'goalAreas',
  'strategies',
  'targetGroups',
  'amountGranted',
  'decidedOn',
  'caseNumber',
  'decisionReason',
  'owner',
  'partners',
  'results',
  'responsibilities',
  'dueOn',
  'spent',
  'whatWasDone',
] as const;

const moneyFields: readonly string[] = ['budget', 'amountApplied', 'amountGranted', 'spent'];
const dateFields: readonly string[] = ['startsOn', 'endsOn', 'deadline', 'decidedOn', 'dueOn'];

/** A recorded value in words: statuses and kinds translated, money and dates as the locale writes them. */
function useValueText() {
  const { t, i18n } = useTranslation();
  return (field: string, raw: string | undefined, entityType: string) => {
    if (raw === undefined || raw === '') return t('common.notSet');
    if (moneyFields.includes(field)) return formatKronor(raw, i18n.language) ?? raw;
    if (dateFields.includes(field) && /^\d{4}-\d{2}-\d{2}$/.test(raw))
      return formatDate(raw, locale(i18n.language)) ?? raw;
    const namespace =
      field === 'kind'
        ? 'funding.programmeKind'
        : field === 'targetGroups'
          ? 'targetGroup'
          : field === 'status'
            ? {
                FUNDING_CALL: 'funding.callStatus',
                FUNDING_APPLICATION: 'funding.applicationStatus',
                FUNDING_PROJECT: 'funding.projectStatus',
                FUNDING_ACCOUNT: 'funding.accountStatus',
              }[entityType]
            : undefined;
    if (!namespace) return raw;
    return raw
      .split(', ')
      .map((name) => {
        const key = `${namespace}.${name}`;
        return i18n.exists(key) ? t(key as 'funding.callStatus.OPEN') : name;
      })
      .join(', ');
  };
}

/** Funding records' history entries in words. */
function useFundingHistoryView(): HistoryView {
  const { t } = useTranslation();
  return {
    texts: useHistoryTexts('funding'),
    what: (entry) =>
      oneOf(entityTypes, entry.entityType) && oneOf(actions, entry.action)
        ? t(`funding.history.event.${entry.entityType}.${entry.action}`)
        : entry.summary,
    fieldLabel: (field) => (oneOf(fields, field) ? t(`funding.history.fields.${field}`) : field),
    value: useValueText(),
  };
}

/**
 * A record's changes, newest first: when, who, and which fields changed from what to what. On a record's page behind
 * a disclosure that loads them when opened, so that the record stays first and its values are not said twice; on a
 * page that is the history, open.
 */
export function FundingHistory({
  query,
  id,
  open,
  onToggle,
}: Pick<HistoryDisclosure, 'query' | 'open'> & {
  id: string;
  /** Opens or closes the disclosure; absent on a page that is the history (always open). */
  onToggle?: HistoryDisclosure['onToggle'];
}) {
  return <HistoryPanel query={query} view={useFundingHistoryView()} id={id} open={open} onToggle={onToggle} />;
}
