/**
 * The label of a form field for the error summary: a top-level field by its label, an entry of a list field
 * (`signatories[1].name`, `strategies[0]`) by what `entry` says of it (position one-based), else the name itself.
 */
export function labelField(
  field: string,
  labels: Record<string, string>,
  entry?: (list: string, position: number, part: string | undefined) => string | undefined,
): string {
  const nested = /^(\w+)\[(\d+)\](?:\.(\w+))?$/.exec(field);
  const text = nested && entry?.(nested[1], Number(nested[2]) + 1, nested[3]);
  return text || labels[field] || field;
}
