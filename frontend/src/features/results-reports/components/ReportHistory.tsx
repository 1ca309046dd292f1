import { useTranslation } from 'react-i18next';
import { HistoryPanel, useHistoryTexts, type HistoryDisclosure, type HistoryView } from '../../../components';
import type { Assignment } from '../types';

const actions = ['CREATED', 'UPDATED', 'STATUS_CHANGED'] as const;
type Action = (typeof actions)[number];
const isAction = (value: string): value is Action => (actions as readonly string[]).includes(value);
const texts = ['assessment', 'successFactors', 'areasToDevelop'] as const;
type TextField = (typeof texts)[number];
const isText = (value: string): value is TextField => (texts as readonly string[]).includes(value);
const plain = ['status', 'approvedBy', 'countyCode', 'year'] as const;
type PlainField = (typeof plain)[number];
const isPlain = (value: string): value is PlainField => (plain as readonly string[]).includes(value);

/** A recorded field's name in words: "<assignment>: <text>" for a part's texts (recorded as ASSIGNMENT.field). */
function useFieldLabel() {
  const { t } = useTranslation();
  return (field: string) => {
    const dot = field.indexOf('.');
    const text = field.slice(dot + 1);
    if (dot > 0 && isText(text))
      return `${t(`resultsReports.assignment.${field.slice(0, dot) as Assignment}`)}: ${t(`resultsReports.part.${text}`)}`;
    return isPlain(field) ? t(`resultsReports.history.fields.${field}`) : field;
  };
}

/** A report's history entries in words: what happened, a part's texts by assignment, the statuses translated. */
function useReportHistoryView(): HistoryView {
  const { t } = useTranslation();
  return {
    texts: useHistoryTexts('resultsReports'),
    what: (entry) => (isAction(entry.action) ? t(`resultsReports.history.event.${entry.action}`) : entry.summary),
    fieldLabel: useFieldLabel(),
    value: (field, raw) =>
      raw === undefined || raw === ''
        ? t('common.notSet')
        : field === 'status' && (raw === 'DRAFT' || raw === 'APPROVED')
          ? t(`resultsReports.status.${raw}`)
          : raw,
  };
}

/** The report's changes, newest first, behind a disclosure that loads them when opened. */
export function ReportHistory({ query, open, onToggle }: HistoryDisclosure) {
  return (
    <HistoryPanel query={query} view={useReportHistoryView()} id="results-report" open={open} onToggle={onToggle} />
  );
}
