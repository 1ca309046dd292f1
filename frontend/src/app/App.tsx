import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { I18nProvider, RouterProvider as AriaRouterProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LinkNavigationContext } from '../design-system';
import { LazyDocumentsSection } from '../features/documents';
import { LazyFollowControl } from '../features/notifications';
import { locale } from '../lib/i18n';
import { AttachmentsContext } from '../lib/slots/attachments';
import { FollowContext } from '../lib/slots/follow';
import type { AppRouter } from './router';

/** All providers: data (TanStack Query), react-aria's locale and link navigation (and the design system's links'), the attachments section, the follow control, and the router. */
export function App({ router, queryClient }: { router: AppRouter; queryClient: QueryClient }) {
  const { i18n } = useTranslation();
  const navigate = (href: string) => void router.navigate({ href });
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider locale={locale(i18n.language)}>
        <AriaRouterProvider navigate={navigate} useHref={(href) => href}>
          <LinkNavigationContext.Provider value={navigate}>
            <AttachmentsContext.Provider value={LazyDocumentsSection}>
              <FollowContext.Provider value={LazyFollowControl}>
                <RouterProvider router={router} />
              </FollowContext.Provider>
            </AttachmentsContext.Provider>
          </LinkNavigationContext.Provider>
        </AriaRouterProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
