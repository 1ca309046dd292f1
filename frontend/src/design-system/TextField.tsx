import {
  Input,
  Label,
  Text,
  TextArea as RACTextArea,
  TextField as RACTextField,
  type TextFieldProps as RACTextFieldProps,
} from 'react-aria-components';
import { FieldError } from './FieldError';

export type TextFieldProps = Omit<RACTextFieldProps, 'className' | 'children'> & {
  label: string;
  description?: string;
  inputMode?: React.HTMLAttributes<HTMLInputElement>['inputMode'];
  autoComplete?: string;
};

/** A one-line text input with label, optional help text and its error. */
export function TextField({ label, description, inputMode, autoComplete, ...props }: TextFieldProps) {
  return (
    <RACTextField {...props} className="ds-field">
      <Label className="ds-label">
        {label}
        {props.isRequired && <RequiredMark />}
      </Label>
      {description && (
        <Text slot="description" className="ds-description">
          {description}
        </Text>
      )}
      <Input className="ds-input" inputMode={inputMode} autoComplete={autoComplete} />
      <FieldError />
    </RACTextField>
  );
}

export type TextAreaProps = Omit<RACTextFieldProps, 'className' | 'children'> & {
  label: string;
  description?: string;
  rows?: number;
};

/** A multi-line text input with label, optional help text and its error. */
export function TextArea({ label, description, rows = 6, ...props }: TextAreaProps) {
  return (
    <RACTextField {...props} className="ds-field">
      <Label className="ds-label">
        {label}
        {props.isRequired && <RequiredMark />}
      </Label>
      {description && (
        <Text slot="description" className="ds-description">
          {description}
        </Text>
      )}
      <RACTextArea className="ds-input ds-textarea" rows={rows} />
      <FieldError />
    </RACTextField>
  );
}

/** The asterisk after a required field's label; the input itself carries `required` for assistive technology. */
export function RequiredMark() {
  return (
    <span className="ds-required" aria-hidden="true">
      {' *'}
    </span>
  );
}
