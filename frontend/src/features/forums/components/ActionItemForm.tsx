import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoundFields, type SessionFormStart } from '../../../components';
import type { ActionItem, ActionItemInput } from '../types';
import { optional } from './optional';
import { ForumServerForm } from './ForumServerForm';

const fields = ['title', 'description', 'ownerOrganisationId', 'ownerPerson', 'dueOn'] as const;

/** The fields as the conflict screen compares them: the owner by its name (it changes with the organisation). */
export const actionItemConflictFields = ['title', 'description', 'ownerName', 'ownerPerson', 'dueOn'] as const;

export type ActionItemValues = {
  title: string;
  description: string;
  ownerOrganisationId: string | null;
  ownerName: string;
  ownerPerson: string;
  dueOn: string;
};

/** An item's fields as the form shows them; empty for a new item. */
export function actionItemValues(item?: ActionItem): ActionItemValues {
  return {
    title: item?.title ?? '',
    description: item?.description ?? '',
    ownerOrganisationId: item?.owner.id ?? null,
    ownerName: item?.owner.name ?? '',
    ownerPerson: item?.ownerPerson ?? '',
    dueOn: item?.dueOn ?? '',
  };
}

export function actionItemInput(values: ActionItemValues): ActionItemInput {
  return {
    title: values.title,
    description: optional(values.description),
    ownerOrganisationId: values.ownerOrganisationId as string,
    ownerPerson: optional(values.ownerPerson),
    dueOn: optional(values.dueOn),
  };
}

/** A field's label, the owner's name under the organisation's. */
export function useActionItemFieldLabel() {
  const { t } = useTranslation();
  return (name: string) =>
    t(`forums.actionItemFields.${(name === 'ownerName' ? 'ownerOrganisationId' : name) as (typeof fields)[number]}`);
}

/**
 * An action item's title, description, owner organisation and person, and due date: the same form hands an item out
 * at a point and corrects an open one.
 */
export function ActionItemForm({
  form,
  initialInput: initial,
  submitLabel,
  emptyAfterSave = false,
  onSubmit,
  ...start
}: SessionFormStart<ActionItemValues> & {
  form: string;
  submitLabel: string;
  /** Whether the form empties after a save, for the next item. */
  emptyAfterSave?: boolean;
  /** Saves the input (and the values it came from); throws when refused. */
  onSubmit: (input: ActionItemInput, values: ActionItemValues) => Promise<void>;
}) {
  const { t } = useTranslation();
  const label = useActionItemFieldLabel();
  const { values, reset, field } = useBoundFields(form, initial, label);
  // The organisation search keeps its own text: a new one after a save that empties the form starts empty.
  const [round, setRound] = useState(0);
  return (
    <ForumServerForm
      form={form}
      fields={fields}
      labelOf={label}
      {...start}
      // the owner chosen sends no input event
      isDirty={values.ownerOrganisationId !== initial.ownerOrganisationId}
      submitLabel={submitLabel}
      onSubmit={async () => {
        await onSubmit(actionItemInput(values), values);
        if (emptyAfterSave) {
          reset();
          setRound((count) => count + 1);
        }
      }}
    >
      {field.text('title', { isRequired: true })}
      {field.textArea('description', { rows: 3 })}
      {field.organisation('ownerOrganisationId', 'ownerName', {
        emptyText: t('forums.actionItem.organisationEmpty'),
        isRequired: true,
        resetKey: round,
      })}
      {field.text('ownerPerson')}
      {field.text('dueOn', { type: 'date' })}
    </ForumServerForm>
  );
}
