import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components';
import { DataTable, Spinner } from '../../../design-system';
import { formatDate, formatDateTime, formatUtc } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import type { FieldChange, HistoryEntry } from '../types';

/** The records a survey's history holds: the survey and its answers. */
const entityTypes = ['SURVEY', 'SURVEY_ANSWER'] as const;
// Surveys and answers are never deleted: a DELETED entry would be shown by its summary.
const actions = ['CREATED', 'UPDATED', 'STATUS_CHANGED'] as const;
type EntityType = (typeof entityTypes)[number];
type Action = (typeof actions)[number];

/** The fields the server records (SurveyMapper's snapshots) that have no label on the survey's page already. */
const fields = ['countyCode', 'includeRegion', 'themes', 'questions', 'organisation', 'items'] as const;
type Field = (typeof fields)[number];
/** The fields labelled as the survey's page labels them; a theme's summary is recorded as "summary <theme>". */
const pageLabels = {
  title: 'surveys.titleLabel',
  year: 'surveys.year',
  opensOn: 'surveys.opensOn',
  closesOn: 'surveys.closesOn',
  introduction: 'surveys.introduction',
  status: 'surveys.statusLabel',
} as const;
const isPageField = (value: string): value is keyof typeof pageLabels => value in pageLabels;
const SUMMARY = 'summary ';

const isEntityType = (value: string): value is EntityType => (entityTypes as readonly string[]).includes(value);
const isAction = (value: string): value is Action => (actions as readonly string[]).includes(value);
const isField = (value: string): value is Field => (fields as readonly string[]).includes(value);
const surveyStatuses = ['DRAFT', 'OPEN', 'CLOSED', 'PUBLISHED'] as const;
type SurveyStatusName = (typeof surveyStatuses)[number];

function useFieldLabel() {
  const { t } = useTranslation();
  return (field: string) =>
    isField(field)
      ? t(`surveys.history.fields.${field}`)
      : isPageField(field)
        ? t(pageLabels[field])
        : field.startsWith(SUMMARY)
          ? t('surveys.results.summaryOf', { theme: field.slice(SUMMARY.length) })
          : field;
}

/** A recorded value in words: statuses translated, yes or no, dates as the locale writes them. */
function useValueText(entityType: string) {
  const { t, i18n } = useTranslation();
  return (field: string, raw: string | undefined) => {
    if (raw === undefined || raw === '') return t('common.notSet');
    if (field === 'includeRegion') return raw === 'true' ? t('surveys.editor.yes') : t('surveys.editor.no');
    if ((field === 'opensOn' || field === 'closesOn') && /^\d{4}-\d{2}-\d{2}$/.test(raw))
      return formatDate(raw, locale(i18n.language)) ?? raw;
    if (field === 'status' && entityType === 'SURVEY_ANSWER' && raw === 'SUBMITTED')
      return t('surveys.history.submitted');
    // A survey's statuses, and an answer's draft ("Utkast" either way).
    if (field === 'status' && (surveyStatuses as readonly string[]).includes(raw))
      return t(`surveys.status.${raw as SurveyStatusName}`);
    return raw;
  };
}

function Changes({ changes, entityType, caption }: { changes: FieldChange[]; entityType: string; caption: string }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const value = useValueText(entityType);
  return (
    <DataTable
      caption={caption}
      captionHidden
      className="survey-changes"
      columns={[
        { key: 'field', header: t('surveys.history.field') },
        { key: 'before', header: t('surveys.history.before') },
        { key: 'after', header: t('surveys.history.after') },
      ]}
      rows={changes.map((change) => ({
        key: change.field,
        cells: [label(change.field), value(change.field, change.before), value(change.field, change.after)],
      }))}
    />
  );
}

function Entry({ entry }: { entry: HistoryEntry }) {
  const { t, i18n } = useTranslation();
  const headingId = `survey-history-${String(entry.id)}`;
  const what =
    isEntityType(entry.entityType) && isAction(entry.action)
      ? t(`surveys.history.event.${entry.entityType}.${entry.action}`)
      : entry.summary;
  const utc = formatUtc(entry.at);
  return (
    <li className="survey-history-entry">
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>{what}</h3>
        <p className="survey-history-meta">
          <time dateTime={entry.at} title={utc}>
            {formatDateTime(entry.at, locale(i18n.language))}
          </time>
          <span className="visually-hidden"> ({utc})</span>
          {' · '}
          {t('surveys.history.by', { actor: entry.actor })}
        </p>
        {entry.changes.length > 0 && (
          <Changes
            changes={entry.changes}
            entityType={entry.entityType}
            caption={t('surveys.history.changesCaption', { what })}
          />
        )}
      </article>
    </li>
  );
}

/**
 * The survey's changes and its answers', newest first: when, who, and which fields changed from what to what.
 * Behind a disclosure that loads them when opened, so that the survey stays first on its page.
 */
export function SurveyHistory({
  query,
  open,
  onToggle,
}: {
  query: UseQueryResult<HistoryEntry[]>;
  open: boolean;
  onToggle: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const entries = !open ? null : query.isPending ? (
    <Spinner label={t('surveys.history.loading')} />
  ) : query.isError ? (
    <QueryError error={query.error} onRetry={() => void query.refetch()} />
  ) : query.data.length === 0 ? (
    <p>{t('surveys.history.empty')}</p>
  ) : (
    <ol className="survey-history-list" aria-label={t('surveys.history.listLabel')}>
      {query.data.map((entry) => (
        <Entry key={entry.id} entry={entry} />
      ))}
    </ol>
  );
  return (
    <section aria-labelledby="survey-history-title">
      <h2 id="survey-history-title">{t('surveys.history.title')}</h2>
      <details
        className="ds-disclosure"
        open={open}
        onToggle={(event) => {
          onToggle(event.currentTarget.open);
        }}
      >
        <summary className="ds-disclosure-summary">{t('surveys.history.show')}</summary>
        <div className="ds-disclosure-body">{entries}</div>
      </details>
    </section>
  );
}
