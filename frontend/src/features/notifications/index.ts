export { NotificationLink } from './components/NotificationLink';
export { notificationRoutes } from './routes';
