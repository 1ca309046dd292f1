import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction, LoadedList, RequirePermission, useErrorMessage } from '../../../components';
import { Alert, Badge, DataTable, Disclosure, PageHeading, Select } from '../../../design-system';
import { useDeleteWebhook } from '../api/deleteWebhook';
import { useEnableWebhook } from '../api/enableWebhook';
import { useWebhookDeliveries } from '../api/getWebhookDeliveries';
import { useWebhooks } from '../api/getWebhooks';
import type { DeliveryStatus, Webhook } from '../types';
import '../styles.css';

/**
 * Webhook subscriptions of other agencies' systems, their deliveries (all, or those of one status) and status;
 * administrators re-enable or remove them.
 */
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
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  return (
    <>
      {outcome && outcome.error === undefined && (
        <Alert tone="success" title={t(outcome.done === 'removed' ? 'webhooks.removed' : 'webhooks.enabled')} />
      )}
      {outcome && outcome.error !== undefined && (
        <Alert tone="error" title={t('common.errorTitle')} focusOnMount>
          <p>{message(outcome.error)}</p>
        </Alert>
      )}
      <LoadedList query={webhooks} none={t('webhooks.none')}>
        {(list) => (
          <ul className="webhook-list">
            {list.map((webhook) => (
              <li key={webhook.id} className="card">
                <WebhookCard webhook={webhook} onDone={setOutcome} />
              </li>
            ))}
          </ul>
        )}
      </LoadedList>
    </>
  );
}

type Outcome = { done: 'enabled' | 'removed'; error?: unknown };

function WebhookCard({ webhook, onDone }: { webhook: Webhook; onDone: (outcome: Outcome) => void }) {
  const { t, i18n } = useTranslation();
  const enable = useEnableWebhook();
  const remove = useDeleteWebhook();
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
          onDone={(outcome) => onDone({ done: 'enabled', ...outcome })}
        >
          <p>{t('webhooks.enableText')}</p>
        </ConfirmAction>
      )}
      {webhook.permissions.delete && (
        <ConfirmAction
          label={t('webhooks.remove')}
          hiddenLabel={webhook.url}
          title={t('webhooks.removeTitle')}
          confirmLabel={t('webhooks.remove')}
          action={() => remove.mutateAsync(webhook)}
          onDone={(outcome) => onDone({ done: 'removed', ...outcome })}
        >
          <p>{t('webhooks.removeText')}</p>
        </ConfirmAction>
      )}
      <Disclosure summary={t('webhooks.deliveriesTitle')}>
        <Deliveries id={webhook.id} />
      </Disclosure>
    </>
  );
}

const STATUSES: readonly DeliveryStatus[] = ['PENDING', 'DELIVERED', 'FAILED'];

function Deliveries({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<DeliveryStatus | null>(null);
  const deliveries = useWebhookDeliveries(id, status);
  const time = (value: string | undefined) => (value ? new Date(value).toLocaleString(i18n.language) : '');
  return (
    <>
      <Select
        label={t('webhooks.statusFilter')}
        emptyOption={t('webhooks.allDeliveries')}
        options={STATUSES.map((s) => ({ id: s, label: t(`webhooks.deliveryStatus.${s}`) }))}
        value={status}
        onChange={(value) => setStatus(STATUSES.find((s) => s === value) ?? null)}
      />
      <LoadedList query={deliveries} none={t('webhooks.noDeliveries')}>
        {(list) => (
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
        )}
      </LoadedList>
    </>
  );
}
