import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button, PageHeading } from '../../../design-system';
import { useConfirmSubscription } from '../api/confirmSubscription';

const routeApi = getRouteApi('/subscriptions/confirm');

/** The double opt-in: the link from the confirmation mail; a button (not the visit) confirms, so link scanners cannot. */
export function ConfirmSubscriptionPage() {
  const { t } = useTranslation();
  const { token } = routeApi.useSearch();
  const confirm = useConfirmSubscription();
  return (
    <>
      <PageHeading>{t('notifications.confirm.title')}</PageHeading>
      {!token ? (
        <Alert tone="error" title={t('notifications.confirm.invalid')} />
      ) : confirm.isSuccess ? (
        <Alert tone="success" focusOnMount title={t('notifications.confirm.done', { forum: confirm.data.forumName })} />
      ) : (
        <>
          <p>{t('notifications.confirm.question')}</p>
          {confirm.isError && <Alert tone="error" title={t('notifications.confirm.invalid')} />}
          <Button variant="primary" isDisabled={confirm.isPending} onPress={() => confirm.mutate(token)}>
            {t('notifications.confirm.button')}
          </Button>
        </>
      )}
    </>
  );
}
