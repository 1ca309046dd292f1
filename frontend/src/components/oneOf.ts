/**
 * Whether `value` is one of `values`, narrowing it to their type: a recorded entity type, action, field or enum
 * value that a feature has words for (anything else is shown as the server wrote it).
 */
export function oneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}
