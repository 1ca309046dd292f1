/** An entry of an ordered list being edited (the design system's `ListItem`): its key only tracks it on screen. */
function isListItem(value: unknown): value is { key: string; value: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as { key?: unknown }).key === 'string' && 'value' in value;
}

/** A list entry without the key that tracks it on screen (a list item is its text). */
function withoutKey(entry: unknown): unknown {
  if (isListItem(entry)) return entry.value;
  if (typeof entry !== 'object' || entry === null || !('key' in entry)) return entry;
  return Object.fromEntries(Object.entries(entry).filter(([name]) => name !== 'key'));
}

/**
 * Field values compare by content: lists by their entries (list items by their text, rows without their keys),
 * missing and empty alike.
 */
function normalise(value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  if (Array.isArray(value) && value.length === 0) return '';
  return JSON.stringify(value, (_, entry: unknown) => (Array.isArray(entry) ? entry.map(withoutKey) : entry));
}

/**
 * A value in words for the conflict table when the form has nothing better: a text as it is, a list one entry a
 * line (list items by their text), a number or yes/no as written; ids and codes want the form's own `describe`.
 */
export function conflictText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(conflictText).join('\n');
  if (isListItem(value)) return conflictText(value.value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export function sameValue(a: unknown, b: unknown): boolean {
  return normalise(a) === normalise(b);
}

/**
 * Your changes laid onto the latest version: every field you changed from the version you started from takes
 * your value; every other field keeps what is stored now (so someone else's change to it is not undone).
 */
export function applyMyChanges<T extends object>(base: T, latest: T, mine: T): T {
  const result = { ...latest };
  for (const key of new Set([...Object.keys(latest), ...Object.keys(mine)]) as Set<keyof T>) {
    if (!sameValue(base[key], mine[key])) result[key] = mine[key];
  }
  return result;
}

export type ConflictRow<K extends string = string> = {
  field: K;
  /** Stored now (someone else's change). */
  theirs: unknown;
  /** In your form. */
  yours: unknown;
  /** What applying your changes would store. */
  result: unknown;
  /** You changed this field too: your value replaces theirs. */
  bothChanged: boolean;
};

/** The fields someone else changed since you started, in the given order, with your value and the outcome. */
export function conflictRows<T extends object, K extends keyof T & string>(
  fields: readonly K[],
  base: T,
  latest: T,
  mine: T,
): ConflictRow<K>[] {
  const result = applyMyChanges(base, latest, mine);
  return fields
    .filter((field) => !sameValue(base[field], latest[field]))
    .map((field) => ({
      field,
      theirs: latest[field],
      yours: mine[field],
      result: result[field],
      bothChanged: !sameValue(base[field], mine[field]),
    }));
}

/** The fields you changed since you started. */
export function changedFields<T extends object, K extends keyof T & string>(
  fields: readonly K[],
  base: T,
  mine: T,
): K[] {
  return fields.filter((field) => !sameValue(base[field], mine[field]));
}
