import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DesignSystemProvider } from '../design-system';
import { LazyDocumentsSection } from '../features/documents';
import { LazyFollowControl } from '../features/notifications';
import { locale } from '../lib/i18n';
import { AttachmentsContext } from '../lib/slots/attachments';
import { FollowContext } from '../lib/slots/follow';
import type { AppRouter } from './router';

/** All providers: data (TanStack Query), the design system's locale and link navigation, the attachments section, the follow control, and the router. */
export function App({ router, queryClient }: { router: AppRouter; queryClient: QueryClient }) {
  const { i18n } = useTranslation();
  const navigate = (href: string) => void router.navigate({ href });
  return (
    <QueryClientProvider client={queryClient}>
      <DesignSystemProvider locale={locale(i18n.language)} navigate={navigate}>
        <AttachmentsContext.Provider value={LazyDocumentsSection}>
          <FollowContext.Provider value={LazyFollowControl}>
            <RouterProvider router={router} />
          </FollowContext.Provider>
        </AttachmentsContext.Provider>
      </DesignSystemProvider>
    </QueryClientProvider>
  );
}
