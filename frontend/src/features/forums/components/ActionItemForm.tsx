import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoundFields } from '../../../components';
import type { ActionItem, ActionItemInput } from '../types';
import { optional } from './optional';
import { ForumServerForm } from './ForumServerForm';

const fields = ['title', 'description', 'ownerOrganisationId', 'ownerPerson', 'dueOn'] as const;

type Values = {
  title: string;
  description: string;
  ownerOrganisationId: string | null;
  ownerName: string;
  ownerPerson: string;
  dueOn: string;
};

/** An item's fields as the form shows them; empty for a new item. */
export function actionItemValues(item?: ActionItem): Values {
  return {
    title: item?.title ?? '',
    description: item?.description ?? '',
    ownerOrganisationId: item?.owner.id ?? null,
    ownerName: item?.owner.name ?? '',
    ownerPerson: item?.ownerPerson ?? '',
    dueOn: item?.dueOn ?? '',
  };
}

/**
 * An action item's title, description, owner organisation and person, and due date: the same form hands an item out
 * at a point and corrects an open one.
 */
export function ActionItemForm({
  form,
  initial,
  submitLabel,
  onReload,
  isDirty,
  emptyAfterSave = false,
  onSubmit,
}: {
  form: string;
  initial: Values;
  submitLabel: string;
  onReload?: () => void;
  /** Whether the owner chosen (which sends no input event) leaves changes to save. */
  isDirty?: (values: Values) => boolean;
  /** Whether the form empties after a save, for the next item. */
  emptyAfterSave?: boolean;
  /** Saves; throws when refused. */
  onSubmit: (input: ActionItemInput) => Promise<void>;
}) {
  const { t } = useTranslation();
  const label = (name: string) => t(`forums.actionItemFields.${name as (typeof fields)[number]}`);
  const { values, reset, field } = useBoundFields(form, initial, label);
  // The organisation search keeps its own text: a new one after a save that empties the form starts empty.
  const [round, setRound] = useState(0);
  return (
    <ForumServerForm
      form={form}
      fields={fields}
      labelOf={label}
      onReload={onReload}
      isDirty={isDirty?.(values)}
      submitLabel={submitLabel}
      onSubmit={async () => {
        await onSubmit({
          title: values.title,
          description: optional(values.description),
          ownerOrganisationId: values.ownerOrganisationId as string,
          ownerPerson: optional(values.ownerPerson),
          dueOn: optional(values.dueOn),
        });
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
