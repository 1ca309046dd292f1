import type { ReactNode } from 'react';
import { I18nProvider, RouterProvider } from 'react-aria-components';
import { LinkNavigationContext } from './Link';

/**
 * What every design-system component needs from the app: the locale react-aria formats dates and numbers in, and
 * how a link navigates inside the SPA (react-aria's links and the design system's own), so the app never imports
 * react-aria-components itself.
 */
export function DesignSystemProvider({
  locale,
  navigate,
  children,
}: {
  locale: string;
  navigate: (href: string) => void;
  children: ReactNode;
}) {
  return (
    <I18nProvider locale={locale}>
      <RouterProvider navigate={navigate} useHref={(href) => href}>
        <LinkNavigationContext.Provider value={navigate}>{children}</LinkNavigationContext.Provider>
      </RouterProvider>
    </I18nProvider>
  );
}
