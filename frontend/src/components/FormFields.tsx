import { createContext, useContext, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionFormStart } from './ConflictScreen';
import {
  CheckboxGroup,
  RadioGroup,
  Select,
  TextArea,
  TextField,
  type CheckboxGroupProps,
  type RadioGroupProps,
  type SelectProps,
  type TextAreaProps,
  type TextFieldProps,
} from '../design-system';
import { FormField } from './FormField';

/** What a server form tells its fields: the prefix of their anchors and the label of each field. */
type FormScope = { form: string; labelOf: (field: string) => string };

const FormScopeContext = createContext<FormScope | null>(null);

export function FormScopeProvider({ scope, children }: { scope: FormScope; children: ReactNode }) {
  return <FormScopeContext.Provider value={scope}>{children}</FormScopeContext.Provider>;
}

export function useFormScope(): FormScope {
  const scope = useContext(FormScopeContext);
  if (scope === null) throw new Error('A form field is used outside a ServerForm');
  return scope;
}

/** A field's props with its name required and its label optional: the form's `labelOf(name)` by default. */
type Bound<P> = Omit<P, 'name' | 'label'> & { name: string; label?: string };

/**
 * The field `Field` inside a `ServerForm`: wrapped for the error summary (`FormField`), named, and labelled by the
 * form unless it says its own label.
 */
function inFormScope<P extends { name?: string; label: string }>(Field: ComponentType<P>) {
  return function FormScopedField({ name, label, ...props }: Bound<P>) {
    const { form, labelOf } = useFormScope();
    // The rest of a field's props are its own (P without name and label), given back with those two.
    const fieldProps = { ...props, name, label: label ?? labelOf(name) } as unknown as P;
    return (
      <FormField form={form} name={name}>
        <Field {...fieldProps} />
      </FormField>
    );
  };
}

/** A one-line text field inside a `ServerForm`, wrapped for the error summary and labelled by the form. */
export const FormTextField = inFormScope<TextFieldProps>(TextField);

/** A date typed as ÅÅÅÅ-MM-DD, with that format as its help text. */
export function DateField(props: Omit<TextFieldProps, 'description'>) {
  const { t } = useTranslation();
  return <TextField {...props} description={t('common.form.dateHelp')} />;
}

/** A date inside a `ServerForm` (see `FormTextField` and `DateField`). */
export const FormDateField = inFormScope<Omit<TextFieldProps, 'description'>>(DateField);

/** A multi-line text field inside a `ServerForm` (see `FormTextField`). */
export const FormTextArea = inFormScope<TextAreaProps>(TextArea);

/** A dropdown inside a `ServerForm` (see `FormTextField`). */
export const FormSelect = inFormScope<SelectProps>(Select);

/** Radio buttons (one choice out of a few) inside a `ServerForm` (see `FormTextField`). */
export const FormRadioGroup = inFormScope<RadioGroupProps>(RadioGroup);

/** Checkboxes (several choices out of a few) inside a `ServerForm` (see `FormTextField`). */
export const FormCheckboxGroup = inFormScope<CheckboxGroupProps>(CheckboxGroup);

/**
 * A required dropdown of the values of an enumeration inside a `ServerForm`: each value labelled by `labelOfValue`,
 * and `onChange` is given only one of `values`.
 */
export function FormEnumSelect<T extends string>({
  values,
  labelOfValue,
  onChange,
  ...props
}: Omit<Bound<SelectProps>, 'options' | 'value' | 'onChange' | 'emptyOption'> & {
  values: readonly T[];
  labelOfValue: (value: T) => string;
  /** None yet (a new thing, shown with the placeholder). */
  value: T | null;
  onChange: (value: T) => void;
}) {
  return (
    <FormSelect
      {...props}
      isRequired
      options={values.map((id) => ({ id, label: labelOfValue(id) }))}
      onChange={(value) => {
        const found = values.find((candidate) => candidate === value);
        if (found) onChange(found);
      }}
    />
  );
}

/**
 * The label of a form's field for the error summary: `<prefix>.<field>` of the top-level field a nested error
 * (`priorities[2].text`, `legalBasis.sfs`) belongs to, unless `special` names the field first. `fields` may map a
 * field to the key its label has when the two differ (`countyCode` → `county`).
 */
export function useFieldLabels(
  fields: readonly string[] | Readonly<Record<string, string>>,
  prefix: string,
  special?: (field: string) => string | undefined,
): (field: string) => string {
  const { t } = useTranslation();
  const keys: [string, string][] = Array.isArray(fields)
    ? fields.map((field: string) => [field, field])
    : Object.entries(fields);
  const labels = new Map<string, string>(keys.map(([field, key]) => [field, t(`${prefix}.${key}` as 'common.notSet')]));
  return (field: string) => special?.(field) ?? labels.get(field.split(/[[.]/)[0] ?? field) ?? field;
}

/** The 1-based number of the item of the list `list` an error field names (`budget[0].year` → 1), if it does. */
export function itemNumber(field: string, list: string): number | undefined {
  const match = new RegExp(`^${list}\\[(\\d+)\\]`).exec(field);
  return match ? Number(match[1]) + 1 : undefined;
}

/**
 * What every entity form takes: how it starts (the input, an error to show at once, a notice such as "the latest
 * version is loaded"; see `SessionFormStart`), the save, its button and the way back.
 */
export type EntityFormProps<I> = SessionFormStart<I> & {
  onSubmit: (input: I) => Promise<void>;
  submitLabel: string;
  cancelHref: string;
};
