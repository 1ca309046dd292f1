import { createRoute, lazyRouteComponent, type AnyRoute } from '@tanstack/react-router';
import { paths } from '../../lib/links';
import { parseAttachSearch } from './routes/searchParams';

/** The documents' pages (attach, one document, edit it); each page's code is loaded when it is first shown. */
export function documentRoutes<TParent extends AnyRoute>(parent: TParent) {
  const getParentRoute = () => parent;
  return [
    createRoute({
      getParentRoute,
      path: paths.newDocument,
      validateSearch: parseAttachSearch,
      component: lazyRouteComponent(() => import('./routes/AttachPage'), 'AttachPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.document,
      component: lazyRouteComponent(() => import('./routes/DocumentPage'), 'DocumentPage'),
    }),
    createRoute({
      getParentRoute,
      path: paths.editDocument,
      component: lazyRouteComponent(() => import('./routes/EditDocumentPage'), 'EditDocumentPage'),
    }),
  ] as const;
}
