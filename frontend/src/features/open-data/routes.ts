import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { paths } from '../../lib/links';

/** Open data and the integration screens; each page's code is loaded when it is first shown. */
export function openDataRoutes<TParent extends AnyRoute>(parent: TParent) {
  const getParentRoute = () => parent;
  return [
    createRoute({
      getParentRoute,
      path: paths.openData,
      component: lazyRouteComponent(() => import('./routes/OpenDataPage'), 'OpenDataPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.webhooks,
      component: lazyRouteComponent(() => import('./routes/WebhooksPage'), 'WebhooksPage'),
    }),
  ] as const;
}
