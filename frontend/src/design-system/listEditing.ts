import { useRef, useState } from 'react';

type Keyed = { key: string };

/**
 * Adding, removing and moving entries of a list being edited, for the list editors: focus goes to the new entry,
 * stays with a moved one, or moves to the next after a removal; every change is put into words for a live region.
 */
export function useListEditing<T extends Keyed>(
  items: T[],
  onChange: (items: T[]) => void,
  messages: {
    added: (position: number) => string;
    removed: (position: number) => string;
    moved?: (from: number, to: number, count: number) => string;
  },
) {
  const [announcement, setAnnouncement] = useState('');
  const container = useRef<HTMLFieldSetElement>(null);

  /** After React has rendered the change: focus a control of an entry (by key), its first field, or the add button. */
  const focusLater = (key: string | null, control?: string) => {
    requestAnimationFrame(() => {
      const root = container.current;
      if (!root) return;
      const entry = key ? root.querySelector<HTMLElement>(`[data-item-key="${key}"]`) : null;
      const enabled = (name: string) => entry?.querySelector<HTMLElement>(`[data-control="${name}"]:not([disabled])`);
      // A moved entry keeps focus on the button that moved it, or on the other one when it reached the end.
      const wanted = control ? (enabled(control) ?? enabled(control === 'up' ? 'down' : 'up')) : null;
      const fallback =
        entry?.querySelector<HTMLElement>('input, textarea') ?? root.querySelector<HTMLElement>('[data-control="add"]');
      (wanted ?? fallback)?.focus();
    });
  };

  const add = (item: T) => {
    onChange([...items, item]);
    setAnnouncement(messages.added(items.length + 1));
    focusLater(item.key);
  };

  const remove = (index: number) => {
    const next = items.filter((_, i) => i !== index);
    onChange(next);
    setAnnouncement(messages.removed(index + 1));
    focusLater(next[Math.min(index, next.length - 1)]?.key ?? null);
  };

  const move = (index: number, to: number) => {
    const next = [...items];
    const [moved] = next.splice(index, 1);
    next.splice(to, 0, moved);
    onChange(next);
    setAnnouncement(messages.moved?.(index + 1, to + 1, next.length) ?? '');
    focusLater(moved.key, to < index ? 'up' : 'down');
  };

  const update = (key: string, changes: Partial<T>) =>
    onChange(items.map((item) => (item.key === key ? { ...item, ...changes } : item)));

  return { container, announcement, add, remove, move, update };
}
