import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { paths } from '../../lib/links';
import {
  parseAgreementSearch,
  parseCompareSearch,
  parseFocusSearch,
  parseNewAgreementSearch,
} from './routes/searchParams';

/** The agreements' pages; each page's code is loaded when it is first shown. */
export function agreementRoutes<TParent extends AnyRoute>(parent: TParent) {
  const getParentRoute = () => parent;
  return [
    createRoute({
      getParentRoute,
      path: paths.agreements,
      validateSearch: parseAgreementSearch,
      component: lazyRouteComponent(() => import('./routes/AgreementListPage'), 'AgreementListPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.newAgreement,
      validateSearch: parseNewAgreementSearch,
      component: lazyRouteComponent(() => import('./routes/NewAgreementPage'), 'NewAgreementPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.agreement,
      component: lazyRouteComponent(() => import('./routes/AgreementPage'), 'AgreementPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.editAgreement,
      component: lazyRouteComponent(() => import('./routes/EditAgreementPage'), 'EditAgreementPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.agreementHistory,
      component: lazyRouteComponent(() => import('./routes/HistoryPage'), 'HistoryPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.agreementCompare,
      validateSearch: parseCompareSearch,
      component: lazyRouteComponent(() => import('./routes/ComparePage'), 'ComparePage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.agreementMatrix,
      component: lazyRouteComponent(() => import('./routes/MatrixPage'), 'MatrixPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.agreementPrint,
      // The document alone: no header, navigation or footer around it.
      staticData: { bare: true },
      component: lazyRouteComponent(() => import('./routes/PrintPage'), 'PrintPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.newParty,
      component: lazyRouteComponent(() => import('./routes/PartyPages'), 'NewPartyPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.editParty,
      component: lazyRouteComponent(() => import('./routes/PartyPages'), 'EditPartyPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.newGoalArea,
      component: lazyRouteComponent(() => import('./routes/GoalAreaPages'), 'NewGoalAreaPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.editGoalArea,
      component: lazyRouteComponent(() => import('./routes/GoalAreaPages'), 'EditGoalAreaPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.goalAreaFocus,
      validateSearch: parseFocusSearch,
      component: lazyRouteComponent(() => import('./routes/FocusPage'), 'FocusPage'),
    }),
  ] as const;
}
