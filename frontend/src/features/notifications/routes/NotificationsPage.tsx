import '../styles.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button, Link, PageHeading, Spinner } from '../../../design-system';
import { useAuth } from '../../../lib/auth';
import { formatDateTime } from '../../../lib/format';
import { toNotificationPreferences } from '../../../lib/links';
import { useNotifications } from '../api/getNotifications';
import { useMarkAllRead } from '../api/markAllRead';
import { useMarkRead } from '../api/markRead';

/** The notification centre: what happened that concerns me, newest first; opening one marks it read. */
export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const [page, setPage] = useState(0);
  const notifications = useNotifications(page, auth.authenticated);
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();

  return (
    <>
      <PageHeading>{t('notifications.title')}</PageHeading>
      {!auth.authenticated ? (
        <p>{t('notifications.loginFirst')}</p>
      ) : notifications.isPending ? (
        <Spinner label={t('app.loading')} />
      ) : notifications.isError ? (
        <Alert tone="error" title={t('notifications.loadFailed')} />
      ) : (
        <>
          <p className="lead">
            {t('notifications.summary', { unread: notifications.data.unread, total: notifications.data.total })}
          </p>
          <p>
            <Link href={toNotificationPreferences()}>{t('notifications.preferencesLink')}</Link>
          </p>
          {notifications.data.unread > 0 && (
            <p>
              <Button onPress={() => markAllRead.mutate()} isDisabled={markAllRead.isPending}>
                {t('notifications.markAllRead')}
              </Button>
            </p>
          )}
          {notifications.data.items.length === 0 ? (
            <p>{t('notifications.empty')}</p>
          ) : (
            <ul className="notification-list">
              {notifications.data.items.map((item) => (
                <li key={item.id} className={item.read ? 'notification' : 'notification notification--unread'}>
                  <h2 className="notification-title">
                    <Link href={item.link} onClick={() => !item.read && markRead.mutate(item.id)}>
                      {item.title}
                    </Link>{' '}
                    {!item.read && <Badge tone="info">{t('notifications.unread')}</Badge>}
                  </h2>
                  <p>{item.body}</p>
                  <p className="notification-meta">
                    <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, i18n.language)}</time>
                    {!item.read && (
                      <>
                        {' · '}
                        <Button variant="quiet" onPress={() => markRead.mutate(item.id)}>
                          {t('notifications.markRead')}
                        </Button>
                      </>
                    )}
                  </p>
                </li>
              ))}
            </ul>
          )}
          {notifications.data.total > 20 && (
            <nav aria-label={t('notifications.pages')} className="notification-pages">
              <Button isDisabled={page === 0} onPress={() => setPage(page - 1)}>
                {t('notifications.newer')}
              </Button>{' '}
              <Button isDisabled={(page + 1) * 20 >= notifications.data.total} onPress={() => setPage(page + 1)}>
                {t('notifications.older')}
              </Button>
            </nav>
          )}
        </>
      )}
    </>
  );
}
