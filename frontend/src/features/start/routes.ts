import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { paths } from '../../lib/links';
import { parseTaskSearch } from './routes/searchParams';

/** The start page (public, or the person's overview after login) and "Mina uppgifter". */
export function startRoutes<TParent extends AnyRoute>(parent: TParent) {
  const getParentRoute = () => parent;
  return [
    createRoute({
      getParentRoute,
      path: paths.start,
      component: lazyRouteComponent(() => import('./routes/StartPage'), 'StartPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.myTasks,
      validateSearch: parseTaskSearch,
      component: lazyRouteComponent(() => import('./routes/MyTasksPage'), 'MyTasksPage'),
    }),
  ] as const;
}
