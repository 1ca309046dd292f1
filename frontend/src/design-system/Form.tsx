import { Form as RACForm, type FormProps as RACFormProps } from 'react-aria-components';

export type FormProps = Omit<RACFormProps, 'className'>;

/**
 * A form. `validationErrors` (field name → message, e.g. from the server) are shown at the fields with those
 * names, which are then marked aria-invalid and described by the message until the user changes them. Validation
 * is the server's: required fields are announced as required (aria-required) but never stop the form from being
 * sent, so the person gets the server's explanations in the interface's language rather than the browser's.
 */
export function Form(props: FormProps) {
  return <RACForm validationBehavior="aria" {...props} className="form" />;
}
