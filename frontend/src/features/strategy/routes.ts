import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { paths } from '../../lib/links';

/** The strategy process pages of an agreement (process map, analyses and areas of action, action plan). */
export function strategyRoutes<TParent extends AnyRoute>(parent: TParent) {
  const getParentRoute = () => parent;
  return [
    createRoute({
      getParentRoute,
      path: paths.strategyProcess,
      component: lazyRouteComponent(() => import('./routes/ProcessPage'), 'ProcessPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.strategyAnalysis,
      component: lazyRouteComponent(() => import('./routes/AnalysisPage'), 'AnalysisPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.actionPlan,
      component: lazyRouteComponent(() => import('./routes/PlanPage'), 'PlanPage'),
    }),
  ] as const;
}
