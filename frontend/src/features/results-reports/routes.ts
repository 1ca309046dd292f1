import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { paths } from '../../lib/links';
import { parseResultsReportsSearch } from './routes/searchParams';

/** The results reports to the ministry: the list, a county's report, the national compilation; each loaded lazily. */
export function resultsReportRoutes<TParent extends AnyRoute>(parent: TParent) {
  const getParentRoute = () => parent;
  return [
    createRoute({
      getParentRoute,
      path: paths.resultsReports,
      validateSearch: parseResultsReportsSearch,
      component: lazyRouteComponent(() => import('./routes/ResultsReportsPage'), 'ResultsReportsPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.resultsReport,
      component: lazyRouteComponent(() => import('./routes/ResultsReportPage'), 'ResultsReportPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.nationalResults,
      component: lazyRouteComponent(() => import('./routes/NationalResultsPage'), 'NationalResultsPage'),
    }),
  ] as const;
}
