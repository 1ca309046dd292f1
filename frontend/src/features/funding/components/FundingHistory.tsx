import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components';
import { DataTable, Spinner } from '../../../design-system';
import { formatDate, formatDateTime, formatUtc } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import { formatKronor } from '../format';
import type { FieldChange, HistoryEntry } from '../types';

/** The records a funding history holds entries of (an account's are its project's). */
const entityTypes = [
  'FUNDING_PROGRAMME',
  'FUNDING_CALL',
  'FUNDING_APPLICATION',
  'FUNDING_PROJECT',
  'FUNDING_ACCOUNT',
] as const;
const actions = ['CREATED', 'UPDATED', 'DELETED', 'STATUS_CHANGED'] as const;
type EntityType = (typeof entityTypes)[number];
type Action = (typeof actions)[number];

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
type Field = (typeof fields)[number];

const moneyFields: readonly string[] = ['budget', 'amountApplied', 'amountGranted', 'spent'];
const dateFields: readonly string[] = ['startsOn', 'endsOn', 'deadline', 'decidedOn', 'dueOn'];

const isEntityType = (value: string): value is EntityType => (entityTypes as readonly string[]).includes(value);
const isAction = (value: string): value is Action => (actions as readonly string[]).includes(value);
const isField = (value: string): value is Field => (fields as readonly string[]).includes(value);

/** A recorded value in words: statuses and kinds translated, money and dates as the locale writes them. */
function useValueText(entityType: string) {
  const { t, i18n } = useTranslation();
  return (field: string, raw: string | undefined) => {
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

function Changes({ changes, entityType, caption }: { changes: FieldChange[]; entityType: string; caption: string }) {
  const { t } = useTranslation();
  const value = useValueText(entityType);
  return (
    <DataTable
      caption={caption}
      captionHidden
      className="changes-table"
      columns={[
        { key: 'field', header: t('funding.history.field') },
        { key: 'before', header: t('funding.history.before') },
        { key: 'after', header: t('funding.history.after') },
      ]}
      rows={changes.map((change) => ({
        key: change.field,
        cells: [
          isField(change.field) ? t(`funding.history.fields.${change.field}`) : change.field,
          value(change.field, change.before),
          value(change.field, change.after),
        ],
      }))}
    />
  );
}

function Entry({ entry }: { entry: HistoryEntry }) {
  const { t, i18n } = useTranslation();
  const headingId = `funding-history-${entry.id}`;
  const what =
    isEntityType(entry.entityType) && isAction(entry.action)
      ? t(`funding.history.event.${entry.entityType}.${entry.action}`)
      : entry.summary;
  const utc = formatUtc(entry.at);
  return (
    <li className="history-entry">
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="history-what">
          {what}
        </h3>
        <p className="history-meta">
          <time dateTime={entry.at} title={utc}>
            {formatDateTime(entry.at, locale(i18n.language))}
          </time>
          <span className="visually-hidden"> ({utc})</span>
          {' · '}
          {t('funding.history.by', { actor: entry.actor })}
        </p>
        {entry.changes.length > 0 && (
          <Changes
            changes={entry.changes}
            entityType={entry.entityType}
            caption={t('funding.history.changesCaption', { what })}
          />
        )}
      </article>
    </li>
  );
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
}: {
  query: UseQueryResult<HistoryEntry[]>;
  id: string;
  open: boolean;
  /** Opens or closes the disclosure; absent on a page that is the history (always open). */
  onToggle?: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const titleId = `funding-history-title-${id}`;
  const entries = !open ? null : query.isPending ? (
    <Spinner label={t('funding.history.loading')} />
  ) : query.isError ? (
    <QueryError error={query.error} onRetry={() => void query.refetch()} />
  ) : query.data.length === 0 ? (
    <p>{t('funding.history.empty')}</p>
  ) : (
    <ol className="history-list" aria-label={t('funding.history.listLabel')}>
      {query.data.map((entry) => (
        <Entry key={entry.id} entry={entry} />
      ))}
    </ol>
  );
  return (
    <section aria-labelledby={titleId} className="funding-history">
      <h2 id={titleId}>{t('funding.history.title')}</h2>
      {onToggle ? (
        <details
          className="ds-disclosure"
          open={open}
          onToggle={(event) => {
            onToggle(event.currentTarget.open);
          }}
        >
          <summary className="ds-disclosure-summary">{t('funding.history.show')}</summary>
          <div className="ds-disclosure-body">{entries}</div>
        </details>
      ) : (
        entries
      )}
    </section>
  );
}
