import { createContext, useContext, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';
import type { ButtonVariant } from './Button';

/**
 * How a link inside the app changes page without reloading it; `app/` provides the router's navigate. Without a
 * provider a link loads its page the ordinary way.
 */
export const LinkNavigationContext = createContext<((href: string) => void) | null>(null);

export type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'className' | 'href'> & {
  href: string;
  /** Replaces the text-link look, e.g. for navigation bars. */
  className?: string;
};

/** Whether a click on this link is the app's to handle: a plain left click on one of the app's own pages. */
function isClientNavigation(event: MouseEvent<HTMLAnchorElement>, href: string): boolean {
  const anchor = event.currentTarget;
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !event.metaKey &&
    !event.ctrlKey &&
    !event.shiftKey &&
    !event.altKey &&
    (anchor.target === '' || anchor.target === '_self') &&
    !anchor.hasAttribute('download') &&
    href.startsWith('/') &&
    !href.startsWith('//') &&
    // The API's files (exports, downloads) are not pages of the app.
    !href.startsWith('/api/')
  );
}

/**
 * A link: a native anchor, so that the header and the start page need no react-aria code (the first page's
 * budget); internal hrefs navigate client-side through the app's router, everything else as the browser does.
 */
export function Link({ className = 'ds-link', href, onClick, children, ...props }: LinkProps) {
  const navigate = useContext(LinkNavigationContext);
  return (
    <a
      {...props}
      href={href}
      className={className}
      onClick={(event) => {
        onClick?.(event);
        if (navigate && isClientNavigation(event, href)) {
          event.preventDefault();
          navigate(href);
        }
      }}
    >
      {children}
    </a>
  );
}

export type LinkButtonProps = Omit<LinkProps, 'className'> & { variant?: ButtonVariant };

/** A link that looks like a button: it goes somewhere rather than doing something. */
export function LinkButton({ variant = 'secondary', ...props }: LinkButtonProps) {
  return <Link {...props} className={`ds-button ds-button--${variant}`} />;
}

/** The link back to where a page belongs (its list, its agreement …), above the page's heading. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="ds-link back-link">
      <span aria-hidden="true">← </span>
      {children}
    </Link>
  );
}
