import { Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import './FieldParts.css';

/** An option of a Select or ComboBox. */
export type Option = { id: string; label: string };

/** The asterisk after a required field's label; the input itself carries `required` for assistive technology. */
export function RequiredMark() {
  return (
    <span className="ds-required" aria-hidden="true">
      {' *'}
    </span>
  );
}

/** A field's label and optional help text, wired to the field by the react-aria component around them. */
export function FieldHeader({
  label,
  description,
  isRequired,
}: {
  label: string;
  description?: string;
  isRequired?: boolean;
}) {
  return (
    <>
      <Label className="ds-label">
        {label}
        {isRequired && <RequiredMark />}
      </Label>
      {description && (
        <Text slot="description" className="ds-description">
          {description}
        </Text>
      )}
    </>
  );
}

/** The popover list of a Select or ComboBox; the chosen option is marked with a check (hidden from its name). */
export function OptionPopover({ items, emptyText }: { items?: readonly Option[]; emptyText?: string }) {
  return (
    <Popover className="ds-popover">
      <ListBox
        className="ds-listbox"
        // Without items, a ComboBox's own collection is used.
        {...(items ? { items } : {})}
        renderEmptyState={emptyText ? () => <p className="ds-listbox-empty">{emptyText}</p> : undefined}
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
  );
}
