import type { QueryClient } from '@tanstack/react-query';
import {
  createBrowserHistory,
  createRootRouteWithContext,
  createRouter,
  type RouterHistory,
} from '@tanstack/react-router';
import { NotFoundPage } from '../components';
import { accessibilityRoutes } from '../features/accessibility';
import { agreementRoutes } from '../features/agreements';
import { documentRoutes } from '../features/documents';
import { followUpRoutes } from '../features/follow-up';
import { forumRoutes } from '../features/forums';
import { fundingRoutes } from '../features/funding';
import { surveyRoutes } from '../features/surveys';
import { notificationRoutes } from '../features/notifications';
import { openDataRoutes } from '../features/open-data';
import { nationalRoutes } from '../features/national';
import { resultsReportRoutes } from '../features/results-reports';
import { grantRoutes } from '../features/grants';
import { organisationRoutes } from '../features/organisations';
import { searchRoutes } from '../features/search';
import { startRoutes } from '../features/start';
import { strategyRoutes } from '../features/strategy';
import { Layout } from './Layout';
import { ErrorPage } from './pages/ErrorPage';

export type RouterContext = { queryClient: QueryClient };

/** Plain query strings (`?county=19&page=2`) rather than the router's JSON-encoded default. */
export function parseSearch(search: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(search));
}

export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    // Only plain values make a query string; the pages' search types hold nothing else.
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      if (value !== '') params.set(key, String(value));
    }
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
  // Each feature declares its pages; the router loads a page's code when it is first shown.
  return rootRoute.addChildren([
    ...startRoutes(rootRoute),
    ...searchRoutes(rootRoute),
    ...documentRoutes(rootRoute),
    ...organisationRoutes(rootRoute),
    ...agreementRoutes(rootRoute),
    ...strategyRoutes(rootRoute),
    ...followUpRoutes(rootRoute),
    ...forumRoutes(rootRoute),
    ...fundingRoutes(rootRoute),
    ...surveyRoutes(rootRoute),
    ...notificationRoutes(rootRoute),
    ...grantRoutes(rootRoute),
    ...openDataRoutes(rootRoute),
    ...accessibilityRoutes(rootRoute),
    ...nationalRoutes(rootRoute),
    ...resultsReportRoutes(rootRoute),
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
    /** A confirmation for the next page to show: a text key and its values (e.g. "the party is added"). */
    notice?: { key: string; values?: Record<string, string | number> };
  }
  interface StaticDataRouteOption {
    /** The page is shown alone, without the site's header, navigation and footer (e.g. a print view). */
    bare?: boolean;
  }
}
