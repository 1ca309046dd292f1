import { Button as RACButton, Select as RACSelect, SelectValue, type Key } from 'react-aria-components';
import { FieldError } from './FieldError';
import { FieldHeader, OptionPopover, type Option } from './FieldParts';
import './Select.css';

/** Key of the "nothing chosen" option: react-aria collections need a non-empty key. */
const NONE = '__none__';

export type SelectProps = {
  label: string;
  options: readonly Option[];
  value: string | null;
  onChange: (value: string | null) => void;
  /** Label of an option meaning "none/all"; when given, choosing it gives `null`. */
  emptyOption?: string;
  placeholder?: string;
  description?: string;
  name?: string;
  isRequired?: boolean;
  isDisabled?: boolean;
};

/** A single-choice dropdown (react-aria Select) with label, help text and its error. */
export function Select({ label, options, value, onChange, emptyOption, description, ...props }: SelectProps) {
  const items: Option[] = emptyOption ? [{ id: NONE, label: emptyOption }, ...options] : [...options];
  return (
    <RACSelect
      {...props}
      className="ds-field"
      value={value ?? (emptyOption ? NONE : null)}
      onChange={(key: Key | null) => onChange(key === null || key === NONE ? null : String(key))}
    >
      <FieldHeader label={label} description={description} isRequired={props.isRequired} />
      <RACButton className="ds-input ds-select-button">
        <SelectValue className="ds-select-value" />
        <span aria-hidden="true" className="ds-select-chevron">
          ▾
        </span>
      </RACButton>
      <FieldError />
      <OptionPopover items={items} />
    </RACSelect>
  );
}
