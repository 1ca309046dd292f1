import type { ReactNode } from 'react';
import { Button } from './Button';
import { ListEditorFrame } from './ListEditorFrame';
import { useListEditing } from './listEditing';
import './RepeatingGroup.css';

export type RepeatingGroupLabels = {
  legend: string;
  description?: string;
  /** The name of one entry, e.g. "Undertecknare 2". */
  item: (position: number) => string;
  add: string;
  /** Visible text of each entry's remove button; the entry's name follows for screen readers. */
  remove: string;
  added: (position: number) => string;
  removed: (position: number) => string;
  empty: string;
};

export type RepeatingGroupProps<T extends { key: string }> = {
  items: T[];
  onChange: (items: T[]) => void;
  newItem: () => T;
  labels: RepeatingGroupLabels;
  /** The fields of one entry; `position` is one-based. */
  renderItem: (item: T, index: number, update: (changes: Partial<T>) => void) => ReactNode;
};

/**
 * A list of entries of a few fields each (signatories, statutes …) to add to and remove from; each entry is a
 * fieldset named by its position, focus moves to the new entry or the next one, and changes are announced.
 */
export function RepeatingGroup<T extends { key: string }>({
  items,
  onChange,
  newItem,
  labels,
  renderItem,
}: RepeatingGroupProps<T>) {
  const { container, announcement, add, remove, update } = useListEditing(items, onChange, labels);

  return (
    <ListEditorFrame
      containerRef={container}
      labels={labels}
      isEmpty={items.length === 0}
      onAdd={() => add(newItem())}
      announcement={announcement}
    >
      {items.map((item, index) => (
        <li key={item.key} data-item-key={item.key} className="ds-list-editor-item">
          <fieldset className="ds-repeating-entry">
            <legend className="ds-repeating-legend">{labels.item(index + 1)}</legend>
            {renderItem(item, index, (changes) => update(item.key, changes))}
            <div className="ds-list-editor-actions">
              <Button data-control="remove" onPress={() => remove(index)}>
                {labels.remove}
                <span className="visually-hidden">{` ${labels.item(index + 1)}`}</span>
              </Button>
            </div>
          </fieldset>
        </li>
      ))}
    </ListEditorFrame>
  );
}
