import { useFieldLabels } from './FormFields';

/** What a `ServerForm` needs to know of its fields: the anchors' prefix, the fields in their order, their labels. */
export type FormDefinition = { form: string; fields: readonly string[]; labelOf: (field: string) => string };

/**
 * A form's definition whose labels are the texts `<prefix>.<field>` (see `useFieldLabels`: a nested error is labelled
 * by the field it belongs to, and `special` may name a field first). Spread into the form: `<ServerForm {...form}>`.
 */
export function useFormDefinition(
  form: string,
  fields: readonly string[],
  prefix: string,
  special?: (field: string) => string | undefined,
): FormDefinition {
  return { form, fields, labelOf: useFieldLabels(fields, prefix, special) };
}
