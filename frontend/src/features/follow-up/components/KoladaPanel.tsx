import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../components';
import { Alert, Button, DataTable } from '../../../design-system';
import { useFetchKolada } from '../api/fetchKolada';
import { useIndicatorKolada } from '../api/getIndicatorKolada';
import type { KoladaFetch } from '../types';
import { Loaded } from './Loaded';

/**
 * An indicator whose source is a Kolada KPI: whether this installation fetches from Kolada (off by default, and then
 * it says so), the nightly schedule, the latest fetches with their outcome, and "fetch now" for the coordinators.
 */
export function KoladaPanel({ indicatorId, etag }: { indicatorId: string; etag: string }) {
  const { t } = useTranslation();
  const status = useIndicatorKolada(indicatorId);
  return (
    <section aria-labelledby="kolada">
      <h2 id="kolada">{t('followUp.kolada.title')}</h2>
      <Loaded query={status}>
        {(kolada) => (
          <>
            {kolada.enabled ? (
              <p>{kolada.scheduled ? t('followUp.kolada.scheduled') : t('followUp.kolada.onDemand')}</p>
            ) : (
              <Alert tone="info" title={t('followUp.kolada.disabledTitle')}>
                <p>{t('followUp.kolada.disabledText')}</p>
              </Alert>
            )}
            {kolada.canFetch && <FetchNow indicatorId={indicatorId} etag={etag} />}
            <FetchHistory fetches={kolada.fetches} />
          </>
        )}
      </Loaded>
    </section>
  );
}

function FetchNow({ indicatorId, etag }: { indicatorId: string; etag: string }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const fetchNow = useFetchKolada();
  const result = fetchNow.data;
  return (
    <>
      <p>
        <Button
          variant="primary"
          isDisabled={fetchNow.isPending}
          onPress={() => fetchNow.mutate({ id: indicatorId, etag })}
        >
          {fetchNow.isPending ? t('followUp.kolada.fetching') : t('followUp.kolada.fetchNow')}
        </Button>
      </p>
      {result?.outcome === 'SUCCEEDED' && (
        <Alert tone="success" title={t('followUp.kolada.fetched', { count: result.valuesStored })} focusOnMount />
      )}
      {result?.outcome === 'FAILED' && (
        <Alert tone="error" title={t('followUp.kolada.fetchFailed')} focusOnMount>
          <p>{t(`followUp.kolada.error.${result.error ?? 'UNREACHABLE'}`)}</p>
        </Alert>
      )}
      {fetchNow.isError && (
        <Alert tone="error" title={t('common.errorTitle')} focusOnMount>
          <p>{message(fetchNow.error)}</p>
        </Alert>
      )}
    </>
  );
}

function FetchHistory({ fetches }: { fetches: KoladaFetch[] }) {
  const { t, i18n } = useTranslation();
  if (fetches.length === 0) return <p>{t('followUp.kolada.noFetches')}</p>;
  const outcome = (fetch: KoladaFetch) =>
    fetch.outcome === 'SUCCEEDED'
      ? t('followUp.kolada.outcome.SUCCEEDED', { count: fetch.valuesStored })
      : [
          t('followUp.kolada.outcome.FAILED'),
          t(`followUp.kolada.error.${fetch.error ?? 'UNREACHABLE'}`),
          fetch.httpStatus === undefined ? '' : `HTTP ${String(fetch.httpStatus)}`,
        ]
          .filter(Boolean)
          .join(' · ');
  return (
    <DataTable
      caption={t('followUp.kolada.fetchesCaption')}
      columns={[
        { key: 'when', header: t('followUp.kolada.column.when') },
        { key: 'trigger', header: t('followUp.kolada.column.trigger') },
        { key: 'who', header: t('followUp.kolada.column.who') },
        { key: 'rows', header: t('followUp.kolada.column.rows') },
        { key: 'outcome', header: t('followUp.kolada.column.outcome') },
      ]}
      rows={fetches.map((fetch) => ({
        key: fetch.id,
        cells: [
          new Date(fetch.startedAt).toLocaleString(i18n.language),
          t(`followUp.kolada.trigger.${fetch.trigger}`),
          fetch.requestedBy,
          String(fetch.rowsReceived),
          outcome(fetch),
        ],
      }))}
    />
  );
}
