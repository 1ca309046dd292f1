import type { QueryClient } from '@tanstack/react-query';
import {
  createBrowserHistory,
  createRootRouteWithContext,
  createRoute,
  createRouter,
  type RouterHistory,
} from '@tanstack/react-router';
import {
  AgreementListPage,
  AgreementPage,
  ComparePage,
  EditAgreementPage,
  EditGoalAreaPage,
  EditPartyPage,
  FocusPage,
  HistoryPage,
  MatrixPage,
  NewAgreementPage,
  NewGoalAreaPage,
  NewPartyPage,
  parseAgreementSearch,
  parseCompareSearch,
  parseFocusSearch,
  PrintPage,
} from '../features/agreements';
import {
  AgreementFollowUpPage,
  AssessmentPage,
  EditIndicatorPage,
  FollowUpPage,
  IndicatorPage,
  MyTasksPage,
  NewIndicatorPage,
  ReportPage,
  RoundPage,
} from '../features/follow-up';
import {
  EditOrganisationPage,
  NewOrganisationPage,
  OrganisationDetailPage,
  OrganisationListPage,
  parseOrganisationSearch,
} from '../features/organisations';
import {
  ActionItemBoardPage,
  ActionItemPage,
  EditForumPage,
  EditMeetingPage,
  ForumPage,
  NewForumPage,
  MeetingPage,
  parseBoardSearch,
  parseStructureSearch,
  StatusReportPage,
  StatusReportsPage,
  StructurePage,
} from '../features/forums';
import { AttachPage, DocumentPage, EditDocumentPage, parseAttachSearch } from '../features/documents';
import {
  ConfirmSubscriptionPage,
  NotificationsPage,
  parseTokenSearch,
  PreferencesPage,
  UnsubscribePage,
} from '../features/notifications';
import { parseSearchPageSearch, SearchPage } from '../features/search';
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
  const agreementRoutes = [
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/agreements',
      validateSearch: parseAgreementSearch,
      component: AgreementListPage,
    }),
    createRoute({ getParentRoute: () => rootRoute, path: '/agreements/new', component: NewAgreementPage }),
    createRoute({ getParentRoute: () => rootRoute, path: '/agreements/$id', component: AgreementPage }),
    createRoute({ getParentRoute: () => rootRoute, path: '/agreements/$id/edit', component: EditAgreementPage }),
    createRoute({ getParentRoute: () => rootRoute, path: '/agreements/$id/history', component: HistoryPage }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/agreements/$id/compare',
      validateSearch: parseCompareSearch,
      component: ComparePage,
    }),
    createRoute({ getParentRoute: () => rootRoute, path: '/agreements/$id/matrix', component: MatrixPage }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/agreements/$id/print',
      // The document alone: no header, navigation or footer around it.
      staticData: { bare: true },
      component: PrintPage,
    }),
    createRoute({ getParentRoute: () => rootRoute, path: '/agreements/$id/parties/new', component: NewPartyPage }),
    createRoute({ getParentRoute: () => rootRoute, path: '/agreements/$id/parties/$partyId/edit', component: EditPartyPage }),
    createRoute({ getParentRoute: () => rootRoute, path: '/agreements/$id/goal-areas/new', component: NewGoalAreaPage }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/agreements/$id/goal-areas/$goalAreaId/edit',
      component: EditGoalAreaPage,
    }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/agreements/$id/goal-areas/$goalAreaId/focus',
      validateSearch: parseFocusSearch,
      component: FocusPage,
    }),
  ] as const;
  const followUpRoutes = [
    createRoute({ getParentRoute: () => rootRoute, path: '/follow-up', component: FollowUpPage }),
    createRoute({ getParentRoute: () => rootRoute, path: '/follow-up/tasks', component: MyTasksPage }),
    createRoute({ getParentRoute: () => rootRoute, path: '/follow-up/agreements/$agreementId', component: AgreementFollowUpPage }),
    createRoute({ getParentRoute: () => rootRoute, path: '/follow-up/rounds/$roundId', component: RoundPage }),
    createRoute({ getParentRoute: () => rootRoute, path: '/follow-up/rounds/$roundId/report', component: ReportPage }),
    createRoute({ getParentRoute: () => rootRoute, path: '/follow-up/assessments/$assessmentId', component: AssessmentPage }),
    createRoute({ getParentRoute: () => rootRoute, path: '/follow-up/indicators/$indicatorId', component: IndicatorPage }),
    createRoute({ getParentRoute: () => rootRoute, path: '/follow-up/indicators/$indicatorId/edit', component: EditIndicatorPage }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/follow-up/agreements/$agreementId/indicators/new',
      component: NewIndicatorPage,
    }),
  ] as const;
  const forumRoutes = [
    createRoute({ getParentRoute: () => rootRoute, path: '/forums', validateSearch: parseStructureSearch, component: StructurePage }),
    createRoute({ getParentRoute: () => rootRoute, path: '/forums/new', validateSearch: parseStructureSearch, component: NewForumPage }),
    createRoute({ getParentRoute: () => rootRoute, path: '/forums/$id', component: ForumPage }),
    createRoute({ getParentRoute: () => rootRoute, path: '/forums/$id/edit', component: EditForumPage }),
    createRoute({ getParentRoute: () => rootRoute, path: '/forums/$id/status-reports', component: StatusReportsPage }),
    createRoute({ getParentRoute: () => rootRoute, path: '/status-reports/$id', component: StatusReportPage }),
    createRoute({ getParentRoute: () => rootRoute, path: '/meetings/$id', component: MeetingPage }),
    createRoute({ getParentRoute: () => rootRoute, path: '/meetings/$id/edit', component: EditMeetingPage }),
    createRoute({ getParentRoute: () => rootRoute, path: '/action-items', validateSearch: parseBoardSearch, component: ActionItemBoardPage }),
    createRoute({ getParentRoute: () => rootRoute, path: '/action-items/$id', component: ActionItemPage }),
  ] as const;
  const documentRoutes = [
    createRoute({ getParentRoute: () => rootRoute, path: '/documents/new', validateSearch: parseAttachSearch, component: AttachPage }),
    createRoute({ getParentRoute: () => rootRoute, path: '/documents/$id', component: DocumentPage }),
    createRoute({ getParentRoute: () => rootRoute, path: '/documents/$id/edit', component: EditDocumentPage }),
    createRoute({ getParentRoute: () => rootRoute, path: '/search', validateSearch: parseSearchPageSearch, component: SearchPage }),
  ] as const;
  const unsubscribeRoute = createRoute({
    getParentRoute: () => rootRoute,
    path: '/unsubscribe',
    validateSearch: parseTokenSearch,
    component: function Unsubscribe() {
      return <UnsubscribePage token={unsubscribeRoute.useSearch().token} />;
    },
  });
  const confirmRoute = createRoute({
    getParentRoute: () => rootRoute,
    path: '/subscriptions/confirm',
    validateSearch: parseTokenSearch,
    component: function Confirm() {
      return <ConfirmSubscriptionPage token={confirmRoute.useSearch().token} />;
    },
  });
  const notificationRoutes = [
    createRoute({ getParentRoute: () => rootRoute, path: '/notifications', component: NotificationsPage }),
    createRoute({ getParentRoute: () => rootRoute, path: '/notifications/preferences', component: PreferencesPage }),
    unsubscribeRoute,
    confirmRoute,
  ] as const;
  return rootRoute.addChildren([
    startRoute,
    ...notificationRoutes,
    ...documentRoutes,
    organisationsRoute,
    newOrganisationRoute,
    organisationRoute,
    editOrganisationRoute,
    ...agreementRoutes,
    ...followUpRoutes,
    ...forumRoutes,
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
