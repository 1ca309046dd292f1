import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { paths } from '../../lib/links';
import { parseTokenSearch } from './routes/tokenSearch';

/** The notification centre, the mail preferences, and the pages mail links lead to; loaded when first shown. */
export function notificationRoutes<TParent extends AnyRoute>(parent: TParent) {
  return [
    createRoute({
      getParentRoute: () => parent,
      path: paths.notifications,
      component: lazyRouteComponent(() => import('./routes/NotificationsPage'), 'NotificationsPage'),
    }),
    createRoute({
      getParentRoute: () => parent,
      path: paths.notificationPreferences,
      component: lazyRouteComponent(() => import('./routes/PreferencesPage'), 'PreferencesPage'),
    }),
    createRoute({
      getParentRoute: () => parent,
      path: paths.unsubscribe,
      validateSearch: parseTokenSearch,
      component: lazyRouteComponent(() => import('./routes/UnsubscribePage'), 'UnsubscribePage'),
    }),
    createRoute({
      getParentRoute: () => parent,
      path: paths.confirmSubscription,
      validateSearch: parseTokenSearch,
      component: lazyRouteComponent(() => import('./routes/ConfirmSubscriptionPage'), 'ConfirmSubscriptionPage'),
    }),
  ] as const;
}
