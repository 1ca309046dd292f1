import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { paths } from '../../lib/links';

/** The accessibility statement (tillgänglighetsredogörelse) that the law on digital public service requires. */
export function accessibilityRoutes<TParent extends AnyRoute>(parent: TParent) {
  const getParentRoute = () => parent;
  return [
    createRoute({
      getParentRoute,
      path: paths.accessibility,
      component: lazyRouteComponent(() => import('./routes/AccessibilityStatementPage'), 'AccessibilityStatementPage'),
    }),
  ] as const;
}
