import '../styles.css';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../design-system';
import { useAuth } from '../../../lib/auth';
import { toNotifications } from '../../../lib/links';
import { useUnreadCount } from '../api/getUnreadCount';

/** The header's way to the notification centre, with the number of unread notifications. */
export function NotificationLink() {
  const { t } = useTranslation();
  const auth = useAuth();
  const unread = useUnreadCount(auth.authenticated);
  if (!auth.authenticated) return null;
  const count = unread.data?.unread ?? 0;
  return (
    <Link href={toNotifications()} className="app-notifications">
      {t('notifications.link')}
      {count > 0 && (
        <span className="ds-badge ds-badge--info" aria-hidden="true">
          {count}
        </span>
      )}
      <span className="visually-hidden">{t('notifications.unreadCount', { count })}</span>
    </Link>
  );
}
