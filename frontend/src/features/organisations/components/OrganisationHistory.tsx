import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components';
import { DataTable, Spinner } from '../../../design-system';
import { formatDateTime, formatUtc } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import { useOrganisationHistory } from '../api/getOrganisationHistory';
import { formatOrganisationNumber } from '../format';
import { isOrganisationType, type FieldChange, type HistoryEntry } from '../types';

const fields = [
  'name',
  'type',
  'organisationNumber',
  'county',
  'municipality',
  'parent',
  'website',
  'mandate',
] as const;
type Field = (typeof fields)[number];
const actions = ['CREATED', 'UPDATED', 'DELETED'] as const;
type Action = (typeof actions)[number];

function isField(value: string): value is Field {
  return (fields as readonly string[]).includes(value);
}

function isAction(value: string): value is Action {
  return (actions as readonly string[]).includes(value);
}

function Changes({ changes, caption }: { changes: FieldChange[]; caption: string }) {
  const { t } = useTranslation();
  const label = (field: string) => (isField(field) ? t(`organisations.fields.${field}`) : field);
  const value = (field: string, raw?: string | null) => {
    if (raw === undefined || raw === null || raw === '') return t('common.notSet');
    if (field === 'type' && isOrganisationType(raw)) return t(`organisationType.${raw}`);
    if (field === 'organisationNumber') return formatOrganisationNumber(raw);
    return raw;
  };
  return (
    <DataTable
      caption={caption}
      captionHidden
      className="changes-table"
      columns={[
        { key: 'field', header: t('organisations.history.field') },
        { key: 'before', header: t('organisations.history.before') },
        { key: 'after', header: t('organisations.history.after') },
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
  const headingId = `organisation-history-${entry.id}`;
  const what = isAction(entry.action) ? t(`organisations.history.event.${entry.action}`) : entry.summary;
  const utc = formatUtc(entry.at);
  return (
    <li className="history-entry">
      <article aria-labelledby={headingId}>
        <h4 id={headingId} className="history-what">
          {what}
        </h4>
        <p className="history-meta">
          <time dateTime={entry.at} title={utc}>
            {formatDateTime(entry.at, locale(i18n.language))}
          </time>
          <span className="visually-hidden"> ({utc})</span>
          {' · '}
          {t('organisations.history.by', { actor: entry.actor })}
        </p>
        {entry.changes.length > 0 && (
          <Changes changes={entry.changes} caption={t('organisations.history.changesCaption', { what })} />
        )}
      </article>
    </li>
  );
}

/** The organisation's recorded changes, newest first: when, who and which fields changed from what to what. */
export function OrganisationHistory({ id }: { id: string }) {
  const { t } = useTranslation();
  const history = useOrganisationHistory(id);
  return (
    <section aria-labelledby="organisation-history-title">
      <h3 id="organisation-history-title">{t('organisations.history.title')}</h3>
      {history.isPending ? (
        <Spinner label={t('organisations.history.loading')} />
      ) : history.isError ? (
        <QueryError error={history.error} onRetry={() => void history.refetch()} />
      ) : history.data.length === 0 ? (
        <p>{t('organisations.history.empty')}</p>
      ) : (
        <ol className="history-list" aria-label={t('organisations.history.listLabel')}>
          {history.data.map((entry) => (
            <Entry key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
    </section>
  );
}
