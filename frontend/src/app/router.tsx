import type { QueryClient } from '@tanstack/react-query';
import {
  createBrowserHistory,
  createRootRouteWithContext,
  createRoute,
  createRouter,
  type RouterHistory,
} from '@tanstack/react-router';
import {
  EditOrganisationPage,
  NewOrganisationPage,
  OrganisationDetailPage,
  OrganisationListPage,
  parseOrganisationSearch,
} from '../features/organisations';
import { StartPage } from '../features/start';
import { Layout } from './Layout';
import { ErrorPage } from './pages/ErrorPage';
import { NotFoundPage } from './pages/NotFoundPage';

export type RouterContext = { queryClient: QueryClient };

/** Plain query strings (`?county=19&page=2`) rather than the router's JSON-encoded default. */
export function parseSearch(search: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(search));
}

export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function buildRouteTree() {
  const rootRoute = createRootRouteWithContext<RouterContext>()({
    component: Layout,
    notFoundComponent: NotFoundPage,
    errorComponent: ErrorPage,
  });
  const startRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: StartPage });
  const organisationsRoute = createRoute({
    getParentRoute: () => rootRoute,
    path: '/organisations',
    validateSearch: parseOrganisationSearch,
    component: OrganisationListPage,
  });
  const newOrganisationRoute = createRoute({
    getParentRoute: () => rootRoute,
    path: '/organisations/new',
    component: NewOrganisationPage,
  });
  const organisationRoute = createRoute({
    getParentRoute: () => rootRoute,
    path: '/organisations/$id',
    component: OrganisationDetailPage,
  });
  const editOrganisationRoute = createRoute({
    getParentRoute: () => rootRoute,
    path: '/organisations/$id/edit',
    component: EditOrganisationPage,
  });
  return rootRoute.addChildren([
    startRoute,
    organisationsRoute,
    newOrganisationRoute,
    organisationRoute,
    editOrganisationRoute,
  ]);
}

export function createAppRouter({ queryClient, history }: { queryClient: QueryClient; history?: RouterHistory }) {
  return createRouter({
    routeTree: buildRouteTree(),
    history: history ?? createBrowserHistory(),
    context: { queryClient },
    parseSearch,
    stringifySearch,
    scrollRestoration: true,
    defaultPendingMinMs: 0,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
  interface HistoryState {
    /** Set by the organisation form so the detail page can confirm the save. */
    saved?: 'created' | 'updated';
  }
}
