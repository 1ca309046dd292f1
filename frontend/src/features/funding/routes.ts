import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { paths } from '../../lib/links';
import { parseAccountsSearch, parseCountySearch, parseFundingSearch, parseProjectsSearch } from './routes/searchParams';

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
    createRoute({
      getParentRoute,
      path: paths.fundingProgrammes,
      component: lazyRouteComponent(() => import('./routes/ProgrammePages'), 'ProgrammesPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.newFundingProgramme,
      component: lazyRouteComponent(() => import('./routes/ProgrammePages'), 'NewProgrammePage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.editFundingProgramme,
      component: lazyRouteComponent(() => import('./routes/ProgrammePages'), 'EditProgrammePage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.fundingProgrammeHistory,
      component: lazyRouteComponent(() => import('./routes/ProgrammePages'), 'ProgrammeHistoryPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.newFundingCall,
      validateSearch: parseCountySearch,
      component: lazyRouteComponent(() => import('./routes/CallFormPages'), 'NewCallPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.editFundingCall,
      component: lazyRouteComponent(() => import('./routes/CallFormPages'), 'EditCallPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.editFundingApplication,
      component: lazyRouteComponent(() => import('./routes/EditApplicationPage'), 'EditApplicationPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.newFundingProject,
      validateSearch: parseCountySearch,
      component: lazyRouteComponent(() => import('./routes/ProjectFormPages'), 'NewProjectPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.editFundingProject,
      component: lazyRouteComponent(() => import('./routes/ProjectFormPages'), 'EditProjectPage'),
    }),
  ] as const;
}
