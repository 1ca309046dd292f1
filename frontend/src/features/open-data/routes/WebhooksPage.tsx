import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction, Loaded, RequirePermission, useErrorMessage } from '../../../components';
import { Alert, Badge, DataTable, Disclosure, PageHeading } from '../../../design-system';
import { useEnableWebhook } from '../api/enableWebhook';
import { useWebhookDeliveries } from '../api/getWebhookDeliveries';
import { useWebhooks } from '../api/getWebhooks';
import type { Webhook } from '../types';
import '../styles.css';

/** Webhook subscriptions of other agencies' systems, their deliveries and status; administrators re-enable. */
export function WebhooksPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission allowed={(me) => me.roles.includes('admin')}>
      {() => (
        <>
          <PageHeading>{t('webhooks.title')}</PageHeading>
          <p className="lead">{t('webhooks.lead')}</p>
          <WebhookList />
        </>
      )}
    </RequirePermission>
  );
}

function WebhookList() {
  const { t } = useTranslation();
  const webhooks = useWebhooks();
  const message = useErrorMessage();
  const [outcome, setOutcome] = useState<{ error?: unknown } | undefined>(undefined);
  return (
    <>
      {outcome && outcome.error === undefined && <Alert tone="success" title={t('webhooks.enabled')} />}
      {outcome && outcome.error !== undefined && (
        <Alert tone="error" title={t('common.errorTitle')} focusOnMount>
          <p>{message(outcome.error)}</p>
        </Alert>
      )}
      <Loaded query={webhooks}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('webhooks.none')}</p>
          ) : (
            <ul className="webhook-list">
              {list.map((webhook) => (
                <li key={webhook.id} className="card">
                  <WebhookCard webhook={webhook} onDone={setOutcome} />
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </>
  );
}

function WebhookCard({ webhook, onDone }: { webhook: Webhook; onDone: (outcome: { error?: unknown }) => void }) {
  const { t, i18n } = useTranslation();
  const enable = useEnableWebhook();
  const all = t('webhooks.all');
  return (
    <>
      <h2 className="webhook-url">{webhook.url}</h2>
      <p>
        <Badge tone={webhook.status === 'ACTIVE' ? 'success' : 'warning'}>
          {t(`webhooks.status.${webhook.status}`)}
        </Badge>
      </p>
      <dl className="webhook-facts">
        <dt>{t('webhooks.account')}</dt>
        <dd>{webhook.account}</dd>
        <dt>{t('webhooks.types')}</dt>
        <dd>{webhook.types.length === 0 ? all : webhook.types.map((type) => t(`changeType.${type}`)).join(', ')}</dd>
        <dt>{t('webhooks.counties')}</dt>
        <dd>{webhook.counties.length === 0 ? all : webhook.counties.join(', ')}</dd>
        <dt>{t('webhooks.failures')}</dt>
        <dd>{webhook.consecutiveFailures}</dd>
        {webhook.disabledAt && (
          <>
            <dt>{t('webhooks.disabledAt')}</dt>
            <dd>{new Date(webhook.disabledAt).toLocaleString(i18n.language)}</dd>
          </>
        )}
      </dl>
      {webhook.permissions.enable && (
        <ConfirmAction
          label={t('webhooks.enable')}
          hiddenLabel={webhook.url}
          title={t('webhooks.enableTitle')}
          confirmLabel={t('webhooks.enable')}
          action={() => enable.mutateAsync(webhook)}
          onDone={onDone}
        >
          <p>{t('webhooks.enableText')}</p>
        </ConfirmAction>
      )}
      <Disclosure summary={t('webhooks.deliveriesTitle')}>
        <Deliveries id={webhook.id} />
      </Disclosure>
    </>
  );
}

function Deliveries({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const deliveries = useWebhookDeliveries(id);
  const time = (value: string | undefined) => (value ? new Date(value).toLocaleString(i18n.language) : '');
  return (
    <Loaded query={deliveries}>
      {(list) =>
        list.length === 0 ? (
          <p>{t('webhooks.noDeliveries')}</p>
        ) : (
          <DataTable
            caption={t('webhooks.deliveriesTitle')}
            captionHidden
            columns={[
              { key: 'position', header: t('webhooks.column.position') },
              { key: 'change', header: t('webhooks.column.change') },
              { key: 'status', header: t('webhooks.column.status') },
              { key: 'attempts', header: t('webhooks.column.attempts') },
              { key: 'last', header: t('webhooks.column.last') },
              { key: 'next', header: t('webhooks.column.next') },
            ]}
            rows={list.map((d) => ({
              key: d.id,
              cells: [
                String(d.position),
                `${t(`changeType.${d.change.type}`)} · ${d.change.change}`,
                t(`webhooks.deliveryStatus.${d.status}`),
                String(d.attempts),
                [time(d.lastAttemptAt), d.lastStatus ? `HTTP ${String(d.lastStatus)}` : '', d.lastError ?? '']
                  .filter(Boolean)
                  .join(' · '),
                time(d.nextAttemptAt),
              ],
            }))}
          />
        )
      }
    </Loaded>
  );
}
