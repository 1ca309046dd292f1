import type { UseQueryResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Spinner } from '../design-system';
import { ApiError, type components } from '../lib/api';
import { formatDateTime, formatUtc } from '../lib/format';
import { locale } from '../lib/i18n';
import { ChangesTable } from './ChangesTable';
import { QueryError } from './QueryError';
import './components.css';

export type HistoryEntry = components['schemas']['HistoryEntry'];

/**
 * The texts of a history list, in the words of the feature that shows it (each feature has its own: an
 * organisation's empty history says more than a forum's).
 */
export interface HistoryTexts {
  title: string;
  loading: string;
  empty: string;
  listLabel: string;
  /** "av {{actor}}" */
  by: (actor: string) => string;
  /** The hidden caption of an entry's table of changes. */
  changesCaption: (what: string) => string;
  field: string;
  before: string;
  after: string;
  /** The disclosure's summary, where the history is behind one. */
  show?: string;
  /** Said instead of an error when the server refuses the history (403). */
  forbidden?: string;
}

/** How a feature tells its entries: what happened, field names and recorded values in words. */
export interface HistoryView {
  texts: HistoryTexts;
  what: (entry: HistoryEntry) => string;
  fieldLabel: (field: string, entityType: string) => string;
  value: (field: string, raw: string | undefined, entityType: string) => string;
  /** More on the meta line after "by" (for whom, through what). */
  meta?: (entry: HistoryEntry) => ReactNode;
  /** More between the meta line and the changes. */
  details?: (entry: HistoryEntry) => ReactNode;
}

/** The features whose texts hold a history namespace (`<feature>.history.title` …). */
export type HistoryNamespace = 'agreements' | 'forums' | 'funding' | 'organisations' | 'resultsReports' | 'surveys';

/** A feature's history texts (`<namespace>.history.*`); `show` and `forbidden` where the feature has them. */
export function useHistoryTexts(namespace: HistoryNamespace): HistoryTexts {
  const { t, i18n } = useTranslation();
  // The key is built from the namespace, so the typed overloads cannot check it; textChunks.test.ts does.
  const translate = t as unknown as (key: string, options?: Record<string, string>) => string;
  const text = (key: string, options?: Record<string, string>) => translate(`${namespace}.history.${key}`, options);
  const optional = (key: string) => (i18n.exists(`${namespace}.history.${key}`) ? text(key) : undefined);
  return {
    title: text('title'),
    loading: text('loading'),
    empty: text('empty'),
    listLabel: text('listLabel'),
    by: (actor) => text('by', { actor }),
    changesCaption: (what) => text('changesCaption', { what }),
    field: text('field'),
    before: text('before'),
    after: text('after'),
    show: optional('show'),
    forbidden: optional('forbidden'),
  };
}

type Level = 2 | 3 | 4;

function Heading({
  level,
  id,
  className,
  children,
}: {
  level: Level;
  id: string;
  className?: string;
  children: ReactNode;
}) {
  const Tag = `h${String(level)}` as 'h2' | 'h3' | 'h4';
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}

function Entry({ entry, view, level }: { entry: HistoryEntry; view: HistoryView; level: Level }) {
  const { i18n } = useTranslation();
  const { texts } = view;
  const headingId = `history-${String(entry.id)}`;
  const what = view.what(entry);
  const utc = formatUtc(entry.at);
  return (
    <li className="history-entry">
      <article aria-labelledby={headingId}>
        <Heading level={level} id={headingId} className="history-what">
          {what}
        </Heading>
        <p className="history-meta">
          <time dateTime={entry.at} title={utc}>
            {formatDateTime(entry.at, locale(i18n.language))}
          </time>
          <span className="visually-hidden"> ({utc})</span>
          {' · '}
          {texts.by(entry.actor)}
          {view.meta?.(entry)}
        </p>
        {view.details?.(entry)}
        {entry.changes.length > 0 && (
          <ChangesTable
            changes={entry.changes}
            texts={{
              caption: texts.changesCaption(what),
              field: texts.field,
              before: texts.before,
              after: texts.after,
            }}
            label={(field) => view.fieldLabel(field, entry.entityType)}
            value={(field, raw) => view.value(field, raw, entry.entityType)}
          />
        )}
      </article>
    </li>
  );
}

/** A record's changes, newest first: when, who, and which fields changed from what to what; or why there are none. */
export function HistoryEntries({
  query,
  view,
  level,
}: {
  query: UseQueryResult<HistoryEntry[]>;
  view: HistoryView;
  /** The heading level of each entry. */
  level: Level;
}) {
  const { texts } = view;
  if (query.isPending) return <Spinner label={texts.loading} />;
  if (query.isError && texts.forbidden && query.error instanceof ApiError && query.error.status === 403)
    return <p>{texts.forbidden}</p>;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.length === 0) return <p>{texts.empty}</p>;
  return (
    <ol className="history-list" aria-label={texts.listLabel}>
      {query.data.map((entry) => (
        <Entry key={entry.id} entry={entry} view={view} level={level} />
      ))}
    </ol>
  );
}

/** A history behind a disclosure on its record's page: the read, whether it is open, and how to open or close it. */
export interface HistoryDisclosure<T = HistoryEntry[]> {
  query: UseQueryResult<T>;
  open: boolean;
  onToggle: (open: boolean) => void;
}

/**
 * A record's history that is read only once its disclosure is opened, so that the record's page loads first:
 * `useHistory(id, enabled)` is the feature's read of it.
 */
export function useHistoryDisclosure<T>(
  useHistory: (id: string, enabled: boolean) => UseQueryResult<T>,
  id: string,
): HistoryDisclosure<T> {
  const [open, setOpen] = useState(false);
  return { query: useHistory(id, open), open, onToggle: setOpen };
}

/**
 * A record's history as a section of its page. With `onToggle`, behind a disclosure that loads the entries when
 * opened, so that the record stays first and its values are not said twice; without, open.
 */
export function HistoryPanel({
  query,
  view,
  id,
  level = 2,
  open = true,
  onToggle,
}: {
  query: UseQueryResult<HistoryEntry[]>;
  view: HistoryView;
  /** Tells this section's heading from another history's on the same page. */
  id: string;
  level?: 2 | 3;
  open?: boolean;
  onToggle?: (open: boolean) => void;
}) {
  const titleId = `history-title-${id}`;
  const entries = open ? <HistoryEntries query={query} view={view} level={level === 2 ? 3 : 4} /> : null;
  return (
    <section aria-labelledby={titleId} className="record-history">
      <Heading level={level} id={titleId}>
        {view.texts.title}
      </Heading>
      {onToggle ? (
        <details
          className="ds-disclosure"
          open={open}
          onToggle={(event) => {
            onToggle(event.currentTarget.open);
          }}
        >
          <summary className="ds-disclosure-summary">{view.texts.show}</summary>
          <div className="ds-disclosure-body">{entries}</div>
        </details>
      ) : (
        entries
      )}
    </section>
  );
}
