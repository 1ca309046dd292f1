import { useState, type ReactElement, type ReactNode } from 'react';
import {
  RepeatingGroup,
  SearchComboBox,
  type RadioGroupProps,
  type RepeatingGroupProps,
  type SelectProps,
  type TextAreaProps,
  type TextFieldProps,
} from '../design-system';
import { FormField } from './FormField';
import { FormRadioGroup, FormScopeProvider, FormSelect, FormTextArea, FormTextField, useFormScope } from './FormFields';
import { useOrganisationOptions } from './useOrganisationOptions';

/** The keys of `V` whose values are a `T`. */
type KeysOf<V, T> = { [K in keyof V]-?: V[K] extends T ? K : never }[keyof V] & string;

/** What a bound field takes besides its name: the input's own props, its label only where it is not the field's. */
type Extra<P> = Omit<P, 'name' | 'label' | 'value' | 'onChange'> & { label?: string };

export type BoundFields<V> = {
  text: (name: KeysOf<V, string>, props?: Extra<TextFieldProps>) => ReactElement;
  textArea: (name: KeysOf<V, string>, props?: Extra<TextAreaProps>) => ReactElement;
  /** A choice among `options`, whose ids are values of the field's type. */
  select: (name: KeysOf<V, string | null>, props: Extra<SelectProps>) => ReactElement;
  /** One choice among a few `options` as radio buttons. */
  radio: (name: KeysOf<V, string | null>, props: Extra<RadioGroupProps>) => ReactElement;
  /** An organisation searched by name; the field holds its id, `nameField` the name shown for it. */
  organisation: (
    name: KeysOf<V, string | null>,
    nameField: KeysOf<V, string>,
    props: { emptyText: string; isRequired?: boolean; label?: string; resetKey?: number },
  ) => ReactElement;
};

/**
 * The fields of a form bound to one object of values: each sits in its `FormField` (so the server's error for it is
 * shown there and linked from the summary), is named and labelled by its key, and writes its value back through
 * `onChange`. Creating a thing and correcting it use the same field set; only the values they start from differ.
 */
export function bindFields<V extends object>({
  form,
  values,
  onChange,
  labelOf,
}: {
  form: string;
  values: V;
  onChange: (patch: Partial<V>) => void;
  labelOf: (field: string) => string;
}): BoundFields<V> {
  // The keys are those of `V` with values of the input's type, so reading and writing them keeps `V` whole.
  const read = (name: keyof V) => values[name] as string;
  const readChoice = (name: keyof V) => values[name] as string | null;
  const write = (name: keyof V) => (value: string | null) => onChange({ [name]: value } as Partial<V>);
  // The shared form fields (FormTextField and its kin) in this form's scope, with their values bound.
  const scope = { form, labelOf };
  return {
    text: (name, props = {}) => (
      <FormScopeProvider scope={scope}>
        <FormTextField name={name} value={read(name)} onChange={write(name)} {...props} />
      </FormScopeProvider>
    ),
    textArea: (name, props = {}) => (
      <FormScopeProvider scope={scope}>
        <FormTextArea name={name} value={read(name)} onChange={write(name)} {...props} />
      </FormScopeProvider>
    ),
    select: (name, props) => (
      <FormScopeProvider scope={scope}>
        <FormSelect name={name} value={readChoice(name)} onChange={write(name)} {...props} />
      </FormScopeProvider>
    ),
    radio: (name, props) => (
      <FormScopeProvider scope={scope}>
        <FormRadioGroup name={name} value={readChoice(name)} onChange={write(name)} {...props} />
      </FormScopeProvider>
    ),
    organisation: (name, nameField, { label, resetKey, ...props }) => (
      <FormField form={form} name={name}>
        <SearchComboBox
          // The search keeps its own text: a new key (after a save that empties the form) starts it empty.
          key={resetKey}
          name={name}
          label={label ?? labelOf(name)}
          value={readChoice(name)}
          valueLabel={read(nameField)}
          onChange={(id, shown) => onChange({ [name]: id, [nameField]: shown } as Partial<V>)}
          useOptions={useOrganisationOptions}
          {...props}
        />
      </FormField>
    ),
  };
}

/**
 * A form's values, started from `initial`, with its fields bound to them (see `bindFields`): `set` changes some
 * fields, `reset` goes back to the start (a form that adds one thing after another empties itself after a save).
 */
export function useBoundFields<V extends object>(
  form: string,
  initial: V | (() => V),
  labelOf: (field: string) => string,
) {
  const [start] = useState(initial);
  const [values, setValues] = useState(start);
  const set = (patch: Partial<V>) => setValues((previous) => ({ ...previous, ...patch }));
  return { values, set, reset: () => setValues(start), field: bindFields({ form, values, onChange: set, labelOf }) };
}

/** One entry of a `FormRepeatingGroup`: its fields, named `list[index].part` as the server's errors name them. */
export type EntryFields<T> = {
  index: number;
  /** The name of a part of this entry (`signatories[1].name`). */
  name: (part: string) => string;
  update: (changes: Partial<T>) => void;
  text: (part: KeysOf<T, string>, props: Extra<TextFieldProps> & { label: string }) => ReactElement;
  textArea: (part: KeysOf<T, string>, props: Extra<TextAreaProps> & { label: string }) => ReactElement;
  select: (part: KeysOf<T, string | null>, props: Extra<SelectProps> & { label: string }) => ReactElement;
};

/**
 * A list field of a `ServerForm` whose entries have fields of their own (signatories, budget lines …): the list
 * and each entry's fields sit in their `FormField` for the error summary, and each field is bound to its entry.
 */
export function FormRepeatingGroup<T extends { key: string }>({
  name,
  renderItem,
  ...props
}: Omit<RepeatingGroupProps<T>, 'renderItem'> & {
  name: string;
  renderItem: (item: T, entry: EntryFields<T>) => ReactNode;
}) {
  const { form } = useFormScope();
  return (
    <FormField form={form} name={name}>
      <RepeatingGroup
        {...props}
        renderItem={(item, index, update) => {
          const part = (key: string) => `${name}[${String(index)}].${key}`;
          // The keys are those of `T` with values of the input's type (see `bindFields`).
          const read = (key: keyof T) => item[key] as string;
          const write = (key: keyof T) => (value: string | null) => update({ [key]: value } as Partial<T>);
          return renderItem(item, {
            index,
            name: part,
            update,
            text: (key, fieldProps) => (
              <FormTextField name={part(key)} value={read(key)} onChange={write(key)} {...fieldProps} />
            ),
            textArea: (key, fieldProps) => (
              <FormTextArea name={part(key)} value={read(key)} onChange={write(key)} {...fieldProps} />
            ),
            select: (key, fieldProps) => (
              <FormSelect name={part(key)} value={item[key] as string | null} onChange={write(key)} {...fieldProps} />
            ),
          });
        }}
      />
    </FormField>
  );
}
