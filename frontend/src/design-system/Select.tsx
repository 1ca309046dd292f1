import {
  Button as RACButton,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select as RACSelect,
  SelectValue,
  Text,
  type Key,
} from 'react-aria-components';
import { FieldError } from './FieldError';
import { RequiredMark } from './TextField';

export type Option = { id: string; label: string };

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
export function Select({
  label,
  options,
  value,
  onChange,
  emptyOption,
  placeholder,
  description,
  name,
  isRequired,
  isDisabled,
}: SelectProps) {
  const items: Option[] = emptyOption ? [{ id: NONE, label: emptyOption }, ...options] : [...options];
  const selected = value ?? (emptyOption ? NONE : null);
  return (
    <RACSelect
      className="ds-field"
      name={name}
      value={selected}
      onChange={(key: Key | null) => onChange(key === null || key === NONE ? null : String(key))}
      placeholder={placeholder}
      isRequired={isRequired}
      isDisabled={isDisabled}
    >
      <Label className="ds-label">
        {label}
        {isRequired && <RequiredMark />}
      </Label>
      {description && (
        <Text slot="description" className="ds-description">
          {description}
        </Text>
      )}
      <RACButton className="ds-input ds-select-button">
        <SelectValue className="ds-select-value" />
        <span aria-hidden="true" className="ds-select-chevron">
          ▾
        </span>
      </RACButton>
      <FieldError />
      <Popover className="ds-popover">
        <ListBox className="ds-listbox" items={items}>
          {(item) => (
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
    </RACSelect>
  );
}
