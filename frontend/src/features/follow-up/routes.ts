import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { paths } from '../../lib/links';

/** The follow-up's pages; each page's code is loaded when it is first shown. */
export function followUpRoutes<TParent extends AnyRoute>(parent: TParent) {
  const getParentRoute = () => parent;
  return [
    createRoute({
      getParentRoute,
      path: paths.followUp,
      component: lazyRouteComponent(() => import('./routes/FollowUpPage'), 'FollowUpPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.agreementFollowUp,
      component: lazyRouteComponent(() => import('./routes/AgreementFollowUpPage'), 'AgreementFollowUpPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.round,
      component: lazyRouteComponent(() => import('./routes/RoundPage'), 'RoundPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.roundReport,
      component: lazyRouteComponent(() => import('./routes/ReportPage'), 'ReportPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.assessment,
      component: lazyRouteComponent(() => import('./routes/AssessmentPage'), 'AssessmentPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.indicator,
      component: lazyRouteComponent(() => import('./routes/IndicatorPage'), 'IndicatorPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.editIndicator,
      component: lazyRouteComponent(() => import('./routes/IndicatorFormPages'), 'EditIndicatorPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.newIndicator,
      component: lazyRouteComponent(() => import('./routes/IndicatorFormPages'), 'NewIndicatorPage'),
    }),
  ] as const;
}
