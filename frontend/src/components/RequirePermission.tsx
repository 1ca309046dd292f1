import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading, Spinner } from '../design-system';
import { useMe, type Me } from '../lib/auth';
import { NotPermittedPage } from './NotPermittedPage';
import { QueryError } from './QueryError';

/** A page for those the session allows (e.g. `me.permissions.createAgreement`); others get the not-permitted page. */
export function RequirePermission({
  allowed,
  children,
}: {
  allowed: (me: Me) => boolean;
  children: (me: Me) => ReactNode;
}) {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) return <Spinner label={t('app.loading')} />;
  if (me.isError) {
    return (
      <>
        <PageHeading>{t('common.errorTitle')}</PageHeading>
        <QueryError error={me.error} onRetry={() => void me.refetch()} />
      </>
    );
  }
  if (!allowed(me.data)) return <NotPermittedPage />;
  return <>{children(me.data)}</>;
}
