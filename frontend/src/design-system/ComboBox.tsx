import { Button as RACButton, ComboBox as RACComboBox, Input, type Key } from 'react-aria-components';
import { FieldError } from './FieldError';
import { FieldHeader, OptionPopover, type Option } from './FieldParts';

export type ComboBoxProps = {
  label: string;
  /** The options to show for the current input (e.g. search results from the server). */
  options: readonly Option[];
  value: string | null;
  onChange: (value: string | null) => void;
  inputValue: string;
  onInputChange: (value: string) => void;
  description?: string;
  name?: string;
  /** Shown in the list when there are no options. */
  emptyText: string;
  isRequired?: boolean;
};

/** A text input with a list of suggestions to choose one from (react-aria ComboBox). */
export function ComboBox({ label, options, value, onChange, description, emptyText, ...props }: ComboBoxProps) {
  return (
    <RACComboBox
      {...props}
      className="ds-field"
      items={options}
      value={value}
      onChange={(key: Key | null) => onChange(key === null ? null : String(key))}
      menuTrigger="focus"
    >
      <FieldHeader label={label} description={description} isRequired={props.isRequired} />
      <div className="ds-combobox">
        <Input className="ds-input" />
        <RACButton className="ds-combobox-button">
          <span aria-hidden="true">▾</span>
        </RACButton>
      </div>
      <FieldError />
      <OptionPopover emptyText={emptyText} />
    </RACComboBox>
  );
}
