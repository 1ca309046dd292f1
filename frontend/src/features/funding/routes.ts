import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { paths } from '../../lib/links';
import { parseAccountsSearch, parseFundingSearch, parseProjectsSearch } from './routes/searchParams';

/** The funding pages (a county's money, calls, applications, projects, accounts); each loaded when first shown. */
export function fundingRoutes<TParent extends AnyRoute>(parent: TParent) {
  const getParentRoute = () => parent;
  return [
    createRoute({
      getParentRoute,
      path: paths.funding,
      validateSearch: parseFundingSearch,
      component: lazyRouteComponent(() => import('./routes/FundingPage'), 'FundingPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.fundingProjects,
      validateSearch: parseProjectsSearch,
      component: lazyRouteComponent(() => import('./routes/ProjectsPage'), 'ProjectsPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.fundingProject,
      component: lazyRouteComponent(() => import('./routes/ProjectPage'), 'ProjectPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.fundingCall,
      component: lazyRouteComponent(() => import('./routes/CallPage'), 'CallPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.fundingApplication,
      component: lazyRouteComponent(() => import('./routes/ApplicationPage'), 'ApplicationPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.fundingAccounts,
      validateSearch: parseAccountsSearch,
      component: lazyRouteComponent(() => import('./routes/AccountsPage'), 'AccountsPage'),
    }),
  ] as const;
}
