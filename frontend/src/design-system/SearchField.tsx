import { Button as RACButton, Input, SearchField as RACSearchField } from 'react-aria-components';
import { FieldHeader } from './FieldParts';
import './SearchField.css';

export type SearchFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Called on Enter. */
  onSubmit?: (value: string) => void;
  /** Accessible name of the clear button. */
  clearLabel: string;
  description?: string;
};

/** A search input (role searchbox) with a clear button; Escape clears it. */
export function SearchField({ label, value, onChange, onSubmit, clearLabel, description }: SearchFieldProps) {
  return (
    <RACSearchField className="ds-field ds-search" value={value} onChange={onChange} onSubmit={onSubmit}>
      <FieldHeader label={label} description={description} />
      <div className="ds-search-row">
        <Input className="ds-input" />
        {value !== '' && (
          <RACButton className="ds-search-clear" aria-label={clearLabel}>
            <span aria-hidden="true">✕</span>
          </RACButton>
        )}
      </div>
    </RACSearchField>
  );
}
