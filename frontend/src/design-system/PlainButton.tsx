import type { ButtonHTMLAttributes } from 'react';
import type { ButtonVariant } from './Button';

export type PlainButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className' | 'type'> & {
  variant?: ButtonVariant;
  type?: 'button' | 'submit';
};

/**
 * A native button with the design system's look, for the header and the start page: they are on the first page,
 * whose JavaScript budget has no room for react-aria's press handling. Everywhere else (and inside react-aria's
 * dialogs, menus and pickers, which need it) use `Button`.
 */
export function PlainButton({ variant = 'secondary', type = 'button', ...props }: PlainButtonProps) {
  return <button {...props} type={type} className={`ds-button ds-button--${variant}`} />;
}
