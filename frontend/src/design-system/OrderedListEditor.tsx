import { Button } from './Button';
import { ListEditorFrame } from './ListEditorFrame';
import { useListEditing } from './listEditing';
import { TextArea } from './TextField';

/** One entry of an ordered list being edited; the key stays with the text when it moves. */
export type ListItem = { key: string; value: string };

let nextKey = 0;

/** A new entry with a key unique in this page. */
export function newListItem(value = ''): ListItem {
  nextKey += 1;
  return { key: `item-${nextKey}`, value };
}

export function listItemsOf(values: readonly string[]): ListItem[] {
  return values.map((value) => newListItem(value));
}

export type OrderedListEditorLabels = {
  /** The group's name, e.g. "Strategier". */
  legend: string;
  description?: string;
  /** E.g. "Strategi 2". */
  item: (position: number) => string;
  add: string;
  /** Visible texts of the buttons; each is followed by the item's name for screen readers. */
  moveUp: string;
  moveDown: string;
  remove: string;
  /** Announced after a move, e.g. "Strategi 3 flyttad till plats 2 av 4." */
  moved: (from: number, to: number, count: number) => string;
  added: (position: number) => string;
  removed: (position: number) => string;
  empty: string;
};

export type OrderedListEditorProps = {
  items: ListItem[];
  onChange: (items: ListItem[]) => void;
  labels: OrderedListEditorLabels;
  /** Field name of the list in the API input; items are named `name[0]`, `name[1]` … so server errors land on them. */
  name: string;
  rows?: number;
};

/**
 * An ordered list of texts to add to, remove from and reorder with buttons (no dragging needed): every button is
 * reachable by keyboard, focus stays with the moved entry, and each change is announced to screen readers.
 */
export function OrderedListEditor({ items, onChange, labels, name, rows = 2 }: OrderedListEditorProps) {
  const { container, announcement, add, remove, move, update } = useListEditing(items, onChange, labels);

  return (
    <ListEditorFrame
      containerRef={container}
      labels={labels}
      isEmpty={items.length === 0}
      onAdd={() => add(newListItem())}
      announcement={announcement}
    >
      {items.map((item, index) => {
        const itemName = labels.item(index + 1);
        return (
          <li key={item.key} data-item-key={item.key} className="ds-list-editor-item">
            <TextArea
              label={itemName}
              name={`${name}[${index}]`}
              rows={rows}
              value={item.value}
              onChange={(value) => update(item.key, { value })}
            />
            <div className="ds-list-editor-actions">
              <Button data-control="up" isDisabled={index === 0} onPress={() => move(index, index - 1)}>
                <span aria-hidden="true">↑ </span>
                {labels.moveUp}
                <span className="visually-hidden">{` ${itemName}`}</span>
              </Button>
              <Button
                data-control="down"
                isDisabled={index === items.length - 1}
                onPress={() => move(index, index + 1)}
              >
                <span aria-hidden="true">↓ </span>
                {labels.moveDown}
                <span className="visually-hidden">{` ${itemName}`}</span>
              </Button>
              <Button data-control="remove" onPress={() => remove(index)}>
                {labels.remove}
                <span className="visually-hidden">{` ${itemName}`}</span>
              </Button>
            </div>
          </li>
        );
      })}
    </ListEditorFrame>
  );
}
