import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { paths } from '../../lib/links';

/** The start page. */
export function startRoutes<TParent extends AnyRoute>(parent: TParent) {
  return [
    createRoute({
      getParentRoute: () => parent,
      path: paths.start,
      component: lazyRouteComponent(() => import('./routes/StartPage'), 'StartPage'),
    }),
  ] as const;
}
