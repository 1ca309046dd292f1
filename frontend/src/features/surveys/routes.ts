import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { paths } from '../../lib/links';
import { parseResultsSearch, parseSurveysSearch } from './routes/searchParams';

/** The survey pages (lägesbild): the list, a survey, an organisation's answer, the picture; each loaded lazily. */
export function surveyRoutes<TParent extends AnyRoute>(parent: TParent) {
  const getParentRoute = () => parent;
  return [
    createRoute({
      getParentRoute,
      path: paths.surveys,
      validateSearch: parseSurveysSearch,
      component: lazyRouteComponent(() => import('./routes/SurveysPage'), 'SurveysPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.newSurvey,
      component: lazyRouteComponent(() => import('./routes/NewSurveyPage'), 'NewSurveyPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.survey,
      component: lazyRouteComponent(() => import('./routes/SurveyPage'), 'SurveyPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.surveyAnswer,
      component: lazyRouteComponent(() => import('./routes/AnswerPage'), 'AnswerPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.surveyResults,
      validateSearch: parseResultsSearch,
      component: lazyRouteComponent(() => import('./routes/ResultsPage'), 'ResultsPage'),
    }),
  ] as const;
}
