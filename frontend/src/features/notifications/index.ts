export { NotificationLink } from './components/NotificationLink';
export { notificationRoutes } from './routes';
export { LazyFollowControl } from './components/LazyFollowControl';
