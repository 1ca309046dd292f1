import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components';
import { PageHeading, Spinner } from '../../../design-system';
import { formatDateTime, formatUtc } from '../../../lib/format';
import { locale } from '../../../lib/i18n';
import { useAgreementHistory } from '../api/getAgreementHistory';
import { FieldChanges } from '../components/FieldChanges';
import { isHistoryAction, isHistoryEntityType } from '../components/historyText';
import { BackToAgreement, WithAgreement } from '../components/WithAgreement';
import type { HistoryEntry } from '../types';
import '../styles.css';

const routeApi = getRouteApi('/agreements/$id/history');

/** Ten digits as an organisation number, NNNNNN-NNNN. */
function organisationNumber(value: string): string {
  return /^\d{10}$/.test(value) ? `${value.slice(0, 6)}-${value.slice(6)}` : value;
}

function Entry({ entry }: { entry: HistoryEntry }) {
  const { t, i18n } = useTranslation();
  const headingId = `history-${entry.id}`;
  const what =
    isHistoryEntityType(entry.entityType) && isHistoryAction(entry.action)
      ? t(`agreements.history.event.${entry.entityType}.${entry.action}`)
      : entry.summary;
  const utc = formatUtc(entry.at);
  const client = entry.actorClient
    ? entry.actorClient === 'samverkan-spa'
      ? t('agreements.history.viaWebApp')
      : t('agreements.history.viaClient', { client: entry.actorClient })
    : undefined;
  return (
    <li className="history-entry">
      <article aria-labelledby={headingId}>
        <h2 id={headingId} className="history-what">
          {what}
        </h2>
        <p className="history-meta">
          <time dateTime={entry.at} title={utc}>
            {formatDateTime(entry.at, locale(i18n.language))}
          </time>
          <span className="visually-hidden"> ({utc})</span>
          {' · '}
          {t('agreements.history.by', { actor: entry.actor })}
          {entry.actorOrganisation && (
            <>
              {' · '}
              {t('agreements.history.onBehalfOf', { organisation: organisationNumber(entry.actorOrganisation) })}
            </>
          )}
          {client && (
            <>
              {' · '}
              {client}
            </>
          )}
        </p>
        <p className="history-summary">
          <span className="label">{t('agreements.history.recorded')}:</span>{' '}
          {/* The server records its summaries in English. */}
          <span lang="en">{entry.summary}</span>
        </p>
        {entry.changes.length > 0 && (
          <FieldChanges
            changes={entry.changes}
            entityType={entry.entityType}
            caption={t('agreements.history.changesCaption', { what })}
          />
        )}
      </article>
    </li>
  );
}

/** Every change of the agreement and its parts, newest first: when, who, for whom, through what, and what changed. */
export function HistoryPage() {
  const { t } = useTranslation();
  const { id } = routeApi.useParams();
  const history = useAgreementHistory(id);
  return (
    <WithAgreement id={id}>
      {({ agreement }) => (
        <>
          <BackToAgreement id={agreement.id} title={agreement.title} />
          <PageHeading
            documentTitle={`${t('agreements.history.documentTitle', { title: agreement.title })} – ${t('app.name')}`}
          >
            {t('agreements.history.title')}
          </PageHeading>
          <p className="lead">{agreement.title}</p>
          <p>{t('agreements.history.intro')}</p>
          {history.isPending ? (
            <Spinner label={t('agreements.history.loading')} />
          ) : history.isError ? (
            <QueryError error={history.error} onRetry={() => void history.refetch()} />
          ) : history.data.length === 0 ? (
            <p>{t('agreements.history.empty')}</p>
          ) : (
            <ol className="history-list" aria-label={t('agreements.history.listLabel')}>
              {history.data.map((entry) => (
                <Entry key={entry.id} entry={entry} />
              ))}
            </ol>
          )}
        </>
      )}
    </WithAgreement>
  );
}
