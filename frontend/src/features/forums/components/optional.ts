/** A typed text, or undefined when empty, so the server never gets "" for a value that was not given. */
export function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : value;
}
