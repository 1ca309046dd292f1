import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { paths } from '../../lib/links';
import { parseGrantSearch } from './routes/searchParams';

/** Who may do what: a county's grants, the grants outside any county (admins), one grant with its log, and the logged-in person's profile with their own grants. */
export function grantRoutes<TParent extends AnyRoute>(parent: TParent) {
  const getParentRoute = () => parent;
  return [
    createRoute({
      getParentRoute,
      path: paths.countyGrants,
      validateSearch: parseGrantSearch,
      component: lazyRouteComponent(() => import('./routes/CountyGrantsPage'), 'CountyGrantsPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.nationalGrants,
      validateSearch: parseGrantSearch,
      component: lazyRouteComponent(() => import('./routes/NationalGrantsPage'), 'NationalGrantsPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.grant,
      component: lazyRouteComponent(() => import('./routes/GrantPage'), 'GrantPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.profile,
      component: lazyRouteComponent(() => import('./routes/ProfilePage'), 'ProfilePage'),
    }),
  ] as const;
}
