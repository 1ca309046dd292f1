import {
  Button as RACButton,
  ComboBox as RACComboBox,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
  type Key,
} from 'react-aria-components';
import { FieldError } from './FieldError';
import type { Option } from './Select';

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
};

/** A text input with a list of suggestions to choose one from (react-aria ComboBox). */
export function ComboBox({
  label,
  options,
  value,
  onChange,
  inputValue,
  onInputChange,
  description,
  name,
  emptyText,
}: ComboBoxProps) {
  return (
    <RACComboBox
      className="ds-field"
      name={name}
      items={options}
      value={value}
      onChange={(key: Key | null) => onChange(key === null ? null : String(key))}
      inputValue={inputValue}
      onInputChange={onInputChange}
      menuTrigger="focus"
    >
      <Label className="ds-label">{label}</Label>
      {description && (
        <Text slot="description" className="ds-description">
          {description}
        </Text>
      )}
      <div className="ds-combobox">
        <Input className="ds-input" />
        <RACButton className="ds-combobox-button">
          <span aria-hidden="true">▾</span>
        </RACButton>
      </div>
      <FieldError />
      <Popover className="ds-popover">
        <ListBox
          className="ds-listbox"
          renderEmptyState={() => <p className="ds-listbox-empty">{emptyText}</p>}
        >
          {(item: Option) => (
            <ListBoxItem className="ds-listbox-item" id={item.id} textValue={item.label}>
              {({ isSelected }) => (
                <>
                  <span className="ds-listbox-check" aria-hidden="true">
                    {isSelected ? '✓' : ''}
                  </span>
                  {item.label}
                </>
              )}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </RACComboBox>
  );
}
