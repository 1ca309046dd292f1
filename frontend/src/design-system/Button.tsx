import { Button as RACButton, type ButtonProps as RACButtonProps } from 'react-aria-components';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet';

export type ButtonProps = Omit<RACButtonProps, 'className'> & { variant?: ButtonVariant };

/** A button; `primary` for the main action of a page, `secondary` for the others, `quiet` inside text and headers. */
export function Button({ variant = 'secondary', ...props }: ButtonProps) {
  return <RACButton {...props} className={`ds-button ds-button--${variant}`} />;
}
