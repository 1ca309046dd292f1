import { Link as RACLink, type LinkProps as RACLinkProps } from 'react-aria-components';
import type { ButtonVariant } from './Button';

export type LinkProps = Omit<RACLinkProps, 'className'> & {
  href: string;
  /** Replaces the text-link look, e.g. for navigation bars. */
  className?: string;
};

/** A link; internal hrefs navigate client-side through the app's RouterProvider. */
export function Link({ className = 'ds-link', ...props }: LinkProps) {
  return <RACLink {...props} className={className} />;
}

export type LinkButtonProps = Omit<LinkProps, 'className'> & { variant?: ButtonVariant };

/** A link that looks like a button: it goes somewhere rather than doing something. */
export function LinkButton({ variant = 'secondary', ...props }: LinkButtonProps) {
  return <RACLink {...props} className={`ds-button ds-button--${variant}`} />;
}
