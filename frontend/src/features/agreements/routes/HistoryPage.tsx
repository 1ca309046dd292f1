import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { HistoryEntries, useHistoryTexts, type HistoryView } from '../../../components';
import { PageHeading } from '../../../design-system';
import { useAgreementHistory } from '../api/getAgreementHistory';
import { useChangeText } from '../components/FieldChanges';
import { isHistoryAction, isHistoryEntityType } from '../components/historyText';
import { BackToAgreement, WithAgreement } from '../components/WithAgreement';
import '../styles.css';

const routeApi = getRouteApi('/agreements/$id/history');

/** Ten digits as an organisation number, NNNNNN-NNNN. */
function organisationNumber(value: string): string {
  return /^\d{10}$/.test(value) ? `${value.slice(0, 6)}-${value.slice(6)}` : value;
}

/** The agreement's history entries in words: what happened, for whom, through which system, and what changed. */
function useAgreementHistoryView(): HistoryView {
  const { t } = useTranslation();
  const text = useChangeText();
  return {
    texts: useHistoryTexts('agreements'),
    what: (entry) =>
      isHistoryEntityType(entry.entityType) && isHistoryAction(entry.action)
        ? t(`agreements.history.event.${entry.entityType}.${entry.action}`)
        : entry.summary,
    fieldLabel: text.label,
    value: text.value,
    meta: (entry) => {
      const client = entry.actorClient
        ? entry.actorClient === 'samverkan-spa'
          ? t('agreements.history.viaWebApp')
          : t('agreements.history.viaClient', { client: entry.actorClient })
        : undefined;
      return (
        <>
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
        </>
      );
    },
    details: (entry) => (
      <p className="history-summary">
        <span className="label">{t('agreements.history.recorded')}:</span>{' '}
        {/* The server records its summaries in English. */}
        <span lang="en">{entry.summary}</span>
      </p>
    ),
  };
}

/** Every change of the agreement and its parts, newest first: when, who, for whom, through what, and what changed. */
export function HistoryPage() {
  const { t } = useTranslation();
  const { id } = routeApi.useParams();
  const history = useAgreementHistory(id);
  const view = useAgreementHistoryView();
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
          <HistoryEntries query={history} view={view} level={2} />
        </>
      )}
    </WithAgreement>
  );
}
