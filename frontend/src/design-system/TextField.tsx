import {
  Input,
  TextArea as RACTextArea,
  TextField as RACTextField,
  type TextFieldProps as RACTextFieldProps,
} from 'react-aria-components';
import { FieldError } from './FieldError';
import { FieldHeader } from './FieldParts';
import './TextField.css';

type BaseProps = Omit<RACTextFieldProps, 'className' | 'children'> & { label: string; description?: string };

export type TextFieldProps = BaseProps & {
  inputMode?: React.HTMLAttributes<HTMLInputElement>['inputMode'];
  autoComplete?: string;
};

/** A one-line text input with label, optional help text and its error. */
export function TextField({ label, description, inputMode, autoComplete, ...props }: TextFieldProps) {
  return (
    <RACTextField {...props} className="ds-field">
      <FieldHeader label={label} description={description} isRequired={props.isRequired} />
      <Input className="ds-input" inputMode={inputMode} autoComplete={autoComplete} />
      <FieldError />
    </RACTextField>
  );
}

export type TextAreaProps = BaseProps & { rows?: number };

/** A multi-line text input with label, optional help text and its error. */
export function TextArea({ label, description, rows = 6, ...props }: TextAreaProps) {
  return (
    <RACTextField {...props} className="ds-field">
      <FieldHeader label={label} description={description} isRequired={props.isRequired} />
      <RACTextArea className="ds-input ds-textarea" rows={rows} />
      <FieldError />
    </RACTextField>
  );
}
