import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { paths } from '../../lib/links';
import { parseOrganisationSearch } from './routes/searchParams';

/** The organisation register's pages; each page's code is loaded when it is first shown. */
export function organisationRoutes<TParent extends AnyRoute>(parent: TParent) {
  const getParentRoute = () => parent;
  return [
    createRoute({
      getParentRoute,
      path: paths.organisations,
      validateSearch: parseOrganisationSearch,
      component: lazyRouteComponent(() => import('./routes/OrganisationListPage'), 'OrganisationListPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.newOrganisation,
      component: lazyRouteComponent(() => import('./routes/NewOrganisationPage'), 'NewOrganisationPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.organisation,
      component: lazyRouteComponent(() => import('./routes/OrganisationDetailPage'), 'OrganisationDetailPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.editOrganisation,
      component: lazyRouteComponent(() => import('./routes/EditOrganisationPage'), 'EditOrganisationPage'),
    }),
  ] as const;
}
