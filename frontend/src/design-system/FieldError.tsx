import { FieldError as RACFieldError } from 'react-aria-components';

/**
 * The error of the field it sits in (client or server, e.g. from Form's validationErrors); the field
 * points to it with aria-describedby and is marked aria-invalid.
 */
export function FieldError() {
  return <RACFieldError className="ds-field-error" />;
}
