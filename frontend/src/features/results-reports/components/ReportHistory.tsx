import { useTranslation } from 'react-i18next';
import { HistoryPanel, oneOf, useHistoryTexts, type HistoryDisclosure, type HistoryView } from '../../../components';
import type { Assignment } from '../types';

const actions = ['CREATED', 'UPDATED', 'STATUS_CHANGED'] as const;
const texts = ['assessment', 'successFactors', 'areasToDevelop'] as const;
const plain = ['status', 'approvedBy', 'countyCode', 'year'] as const;

/** A recorded field's name in words: "<assignment>: <text>" for a part's texts (recorded as ASSIGNMENT.field). */
function useFieldLabel() {
  const { t } = useTranslation();
  return (field: string) => {
    const dot = field.indexOf('.');
    const text = field.slice(dot + 1);
    if (dot > 0 && oneOf(texts, text))
      return `${t(`resultsReports.assignment.${field.slice(0, dot) as Assignment}`)}: ${t(`resultsReports.part.${text}`)}`;
    return oneOf(plain, field) ? t(`resultsReports.history.fields.${field}`) : field;
  };
}

/** A report's history entries in words: what happened, a part's texts by assignment, the statuses translated. */
function useReportHistoryView(): HistoryView {
  const { t } = useTranslation();
  return {
    texts: useHistoryTexts('resultsReports'),
    what: (entry) => (oneOf(actions, entry.action) ? t(`resultsReports.history.event.${entry.action}`) : entry.summary),
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
