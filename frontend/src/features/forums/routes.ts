import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { paths } from '../../lib/links';
import { parseBoardSearch, parseStructureSearch } from './routes/searchParams';

/** The forums' pages (forums, meetings, status reports, action items); each page's code is loaded when first shown. */
export function forumRoutes<TParent extends AnyRoute>(parent: TParent) {
  const getParentRoute = () => parent;
  return [
    createRoute({
      getParentRoute,
      path: paths.forums,
      validateSearch: parseStructureSearch,
      component: lazyRouteComponent(() => import('./routes/StructurePage'), 'StructurePage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.newForum,
      validateSearch: parseStructureSearch,
      component: lazyRouteComponent(() => import('./routes/ForumFormPages'), 'NewForumPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.forum,
      component: lazyRouteComponent(() => import('./routes/ForumPage'), 'ForumPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.editForum,
      component: lazyRouteComponent(() => import('./routes/ForumFormPages'), 'EditForumPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.forumStatusReports,
      component: lazyRouteComponent(() => import('./routes/StatusReportsPage'), 'StatusReportsPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.statusReport,
      component: lazyRouteComponent(() => import('./routes/StatusReportPage'), 'StatusReportPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.meeting,
      component: lazyRouteComponent(() => import('./routes/MeetingPage'), 'MeetingPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.editMeeting,
      component: lazyRouteComponent(() => import('./routes/EditMeetingPage'), 'EditMeetingPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.actionItems,
      validateSearch: parseBoardSearch,
      component: lazyRouteComponent(() => import('./routes/ActionItemBoardPage'), 'ActionItemBoardPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.actionItem,
      component: lazyRouteComponent(() => import('./routes/ActionItemPage'), 'ActionItemPage'),
    }),
  ] as const;
}
