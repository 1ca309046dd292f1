import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button, PageHeading, Spinner } from '../../../design-system';
import { useUnsubscribeTarget } from '../api/describeUnsubscribe';
import { useUnsubscribe } from '../api/unsubscribe';
import type { Category } from '../types';

const routeApi = getRouteApi('/unsubscribe');

/** Where a mail's unsubscribe link leads: works without login; one button ends the mail. */
export function UnsubscribePage() {
  const { t } = useTranslation();
  const { token } = routeApi.useSearch();
  const target = useUnsubscribeTarget(token);
  const unsubscribe = useUnsubscribe();
  const done = unsubscribe.data ?? (target.data?.unsubscribed ? target.data : undefined);
  const what = (data: { kind?: string; category?: Category; forumName?: string }) =>
    data.kind === 'PUBLIC_MINUTES'
      ? t('notifications.unsubscribe.minutes', { forum: data.forumName ?? '' })
      : t('notifications.unsubscribe.category', {
          category: t(`notifications.category.${data.category ?? 'MEETING'}` as const),
        });

  return (
    <>
      <PageHeading>{t('notifications.unsubscribe.title')}</PageHeading>
      {!token || target.isError ? (
        <Alert tone="error" title={t('notifications.unsubscribe.invalid')} />
      ) : target.isPending ? (
        <Spinner label={t('app.loading')} />
      ) : done ? (
        <Alert tone="success" focusOnMount title={t('notifications.unsubscribe.done', { what: what(done) })} />
      ) : (
        <>
          <p>{t('notifications.unsubscribe.question', { what: what(target.data) })}</p>
          {unsubscribe.isError && <Alert tone="error" title={t('notifications.unsubscribe.failed')} />}
          <Button variant="primary" isDisabled={unsubscribe.isPending} onPress={() => unsubscribe.mutate(token)}>
            {t('notifications.unsubscribe.confirm')}
          </Button>
        </>
      )}
    </>
  );
}
