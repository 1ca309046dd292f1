import { useTranslation } from 'react-i18next';
import { QueryError, type HistoryDisclosure } from '../../../components';
import { DataTable, Spinner } from '../../../design-system';
import { formatDateTime, formatUtc } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import type { Assignment, HistoryEntry } from '../types';

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

function Entry({ entry }: { entry: HistoryEntry }) {
  const { t, i18n } = useTranslation();
  const label = useFieldLabel();
  const headingId = `results-report-history-${String(entry.id)}`;
  const what = isAction(entry.action) ? t(`resultsReports.history.event.${entry.action}`) : entry.summary;
  const value = (field: string, raw: string | undefined) =>
    raw === undefined || raw === ''
      ? t('common.notSet')
      : field === 'status' && (raw === 'DRAFT' || raw === 'APPROVED')
        ? t(`resultsReports.status.${raw}`)
        : raw;
  return (
    <li className="results-report-history-entry">
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>{what}</h3>
        <p>
          <time dateTime={entry.at} title={formatUtc(entry.at)}>
            {formatDateTime(entry.at, locale(i18n.language))}
          </time>
          {' · '}
          {t('resultsReports.history.by', { actor: entry.actor })}
        </p>
        {entry.changes.length > 0 && (
          <DataTable
            caption={t('resultsReports.history.changesCaption', { what })}
            captionHidden
            columns={[
              { key: 'field', header: t('resultsReports.history.field') },
              { key: 'before', header: t('resultsReports.history.before') },
              { key: 'after', header: t('resultsReports.history.after') },
            ]}
            rows={entry.changes.map((change) => ({
              key: change.field,
              cells: [label(change.field), value(change.field, change.before), value(change.field, change.after)],
            }))}
          />
        )}
      </article>
    </li>
  );
}

/** The report's changes, newest first, behind a disclosure that loads them when opened. */
export function ReportHistory({ query, open, onToggle }: HistoryDisclosure) {
  const { t } = useTranslation();
  const entries = !open ? null : query.isPending ? (
    <Spinner label={t('resultsReports.history.loading')} />
  ) : query.isError ? (
    <QueryError error={query.error} onRetry={() => void query.refetch()} />
  ) : (
    <ol className="results-report-history" aria-label={t('resultsReports.history.title')}>
      {query.data.map((entry) => (
        <Entry key={entry.id} entry={entry} />
      ))}
    </ol>
  );
  return (
    <section aria-labelledby="results-report-history-title">
      <h2 id="results-report-history-title">{t('resultsReports.history.title')}</h2>
      <details
        className="ds-disclosure"
        open={open}
        onToggle={(event) => {
          onToggle(event.currentTarget.open);
        }}
      >
        <summary className="ds-disclosure-summary">{t('resultsReports.history.show')}</summary>
        <div className="ds-disclosure-body">{entries}</div>
      </details>
    </section>
  );
}
