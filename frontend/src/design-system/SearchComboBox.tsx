import { useState } from 'react';
import { useDebouncedValue } from '../lib/hooks/useDebouncedValue';
import { ComboBox } from './ComboBox';
import type { Option } from './FieldParts';

export type SearchComboBoxProps = {
  label: string;
  description?: string;
  name?: string;
  emptyText: string;
  /** The chosen option's id and the name to show for it. */
  value: string | null;
  valueLabel: string;
  onChange: (id: string | null, label: string) => void;
  /**
   * The options for a search text (undefined: no search, e.g. the first page); called on every render, like a hook,
   * so it may fetch from the server.
   */
  useOptions: (search: string | undefined) => readonly Option[];
  debounceMs?: number;
  isRequired?: boolean;
};

/** Type to search (on the server, debounced), then choose one; the chosen one stays shown and offered. */
export function SearchComboBox({
  label,
  description,
  name,
  emptyText,
  value,
  valueLabel,
  onChange,
  useOptions,
  debounceMs = 300,
  isRequired,
}: SearchComboBoxProps) {
  const [input, setInput] = useState(valueLabel);
  const q = useDebouncedValue(input.trim(), debounceMs);
  // While the input shows the chosen option's name, list everything rather than only that one.
  const search = value && q === valueLabel ? undefined : q || undefined;
  const options = [...useOptions(search)];
  if (value && !options.some((option) => option.id === value)) options.unshift({ id: value, label: valueLabel });

  return (
    <ComboBox
      label={label}
      description={description}
      name={name}
      emptyText={emptyText}
      isRequired={isRequired}
      options={options}
      value={value}
      inputValue={input}
      onInputChange={(text) => {
        setInput(text);
        if (text === '' && value) onChange(null, '');
      }}
      onChange={(id) => {
        // With both the value and the text controlled, the text follows a choice here (react-aria leaves it to us).
        const chosen = options.find((option) => option.id === id)?.label ?? '';
        setInput(chosen);
        onChange(id, chosen);
      }}
    />
  );
}
