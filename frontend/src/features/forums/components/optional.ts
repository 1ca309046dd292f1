/** A typed text, or undefined when empty, so the server never gets "" for a value that was not given. */
export function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : value;
}

/** A number the server can refuse at the field: text that is no number is sent as it was typed. */
export function numberOrText(value: string): number {
  const trimmed = value.trim();
  return (trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed) as number;
}
