export { NotificationLink } from './components/NotificationLink';
export { ConfirmSubscriptionPage } from './routes/ConfirmSubscriptionPage';
export { NotificationsPage } from './routes/NotificationsPage';
export { PreferencesPage } from './routes/PreferencesPage';
export { parseTokenSearch, UnsubscribePage } from './routes/UnsubscribePage';
