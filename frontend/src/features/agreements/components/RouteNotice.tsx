import { useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../design-system';

/** The confirmation the previous page left for this one (e.g. "the party is added"), shown once. */
export function RouteNotice() {
  const { t } = useTranslation();
  const notice = useRouterState({ select: (state) => state.location.state.notice });
  if (!notice) return null;
  return <Alert tone="success" title={t(notice.key as 'agreements.notice.created', notice.values)} />;
}
