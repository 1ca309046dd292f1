import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { paths } from '../../lib/links';
import { parseSearchPageSearch } from './routes/searchParams';

/** The search page; its code is loaded when it is first shown. */
export function searchRoutes<TParent extends AnyRoute>(parent: TParent) {
  return [
    createRoute({
      getParentRoute: () => parent,
      path: paths.search,
      validateSearch: parseSearchPageSearch,
      component: lazyRouteComponent(() => import('./routes/SearchPage'), 'SearchPage'),
    }),
  ] as const;
}
