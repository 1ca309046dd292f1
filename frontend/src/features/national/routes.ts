import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { paths } from '../../lib/links';
import { parseNationalSearch } from './routes/searchParams';

/** The national picture: the counties side by side, and the LÖK map; each page's code is loaded when first shown. */
export function nationalRoutes<TParent extends AnyRoute>(parent: TParent) {
  const getParentRoute = () => parent;
  return [
    createRoute({
      getParentRoute,
      path: paths.national,
      validateSearch: parseNationalSearch,
      component: lazyRouteComponent(() => import('./routes/NationalPage'), 'NationalPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.lokMap,
      validateSearch: parseNationalSearch,
      component: lazyRouteComponent(() => import('./routes/LokMapPage'), 'LokMapPage'),
    }),
  ] as const;
}
