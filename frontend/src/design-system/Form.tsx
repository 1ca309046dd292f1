import { Form as RACForm, type FormProps as RACFormProps } from 'react-aria-components';

export type FormProps = Omit<RACFormProps, 'className'>;

/**
 * A form. `validationErrors` (field name → message, e.g. from the server) are shown at the fields with those
 * names, which are then marked aria-invalid and described by the message until the user changes them.
 */
export function Form(props: FormProps) {
  return <RACForm {...props} className="form" />;
}
