import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction, FormField, ServerForm, useOrganisationOptions } from '../../../components';
import { SearchComboBox, TextArea, TextField } from '../../../design-system';
import { useDeleteActionItem } from '../api/deleteActionItem';
import type { VersionedActionItem } from '../api/getActionItem';
import { useUpdateActionItem } from '../api/updateActionItem';
import { optional } from './optional';
import { useForumErrorText } from './ruleMessages';

const FORM = 'action-item-edit';
const fields = ['title', 'description', 'ownerOrganisationId', 'ownerPerson', 'dueOn'] as const;

/** Corrects an open item's title, description, owner and due date (its assignee forum stays). */
export function EditActionItemForm({
  versioned,
  onReload,
  onSaved,
}: {
  versioned: VersionedActionItem;
  onReload: () => void;
  onSaved: (text: string) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateActionItem();
  const describeError = useForumErrorText();
  const { item, etag } = versioned;
  const [values, setValues] = useState<{
    title: string;
    description: string;
    ownerOrganisationId: string | null;
    ownerName: string;
    ownerPerson: string;
    dueOn: string;
  }>({
    title: item.title,
    description: item.description ?? '',
    ownerOrganisationId: item.owner.id,
    ownerName: item.owner.name,
    ownerPerson: item.ownerPerson ?? '',
    dueOn: item.dueOn ?? '',
  });
  const label = (field: string) => t(`forums.actionItemFields.${field as (typeof fields)[number]}`);
  return (
    <ServerForm
      form={FORM}
      fields={fields}
      labelOf={label}
      describeError={describeError}
      onReload={onReload}
      isDirty={values.ownerOrganisationId !== item.owner.id}
      submitLabel={t('forums.corrections.saveActionItem')}
      onSubmit={async () => {
        await update.mutateAsync({
          id: item.id,
          etag,
          input: {
            title: values.title,
            description: optional(values.description),
            ownerOrganisationId: values.ownerOrganisationId as string,
            ownerPerson: optional(values.ownerPerson),
            dueOn: optional(values.dueOn),
            assigneeForumId: item.assigneeForum?.id,
          },
        });
        onSaved(t('forums.corrections.actionItemSaved'));
      }}
    >
      <FormField form={FORM} name="title">
        <TextField
          name="title"
          label={label('title')}
          isRequired
          value={values.title}
          onChange={(title) => setValues((v) => ({ ...v, title }))}
        />
      </FormField>
      <FormField form={FORM} name="description">
        <TextArea
          name="description"
          rows={3}
          label={label('description')}
          value={values.description}
          onChange={(description) => setValues((v) => ({ ...v, description }))}
        />
      </FormField>
      <FormField form={FORM} name="ownerOrganisationId">
        <SearchComboBox
          name="ownerOrganisationId"
          label={label('ownerOrganisationId')}
          emptyText={t('forums.actionItem.organisationEmpty')}
          isRequired
          value={values.ownerOrganisationId}
          valueLabel={values.ownerName}
          onChange={(ownerOrganisationId, name) => setValues((v) => ({ ...v, ownerOrganisationId, ownerName: name }))}
          useOptions={useOrganisationOptions}
        />
      </FormField>
      <FormField form={FORM} name="ownerPerson">
        <TextField
          name="ownerPerson"
          label={label('ownerPerson')}
          value={values.ownerPerson}
          onChange={(ownerPerson) => setValues((v) => ({ ...v, ownerPerson }))}
        />
      </FormField>
      <FormField form={FORM} name="dueOn">
        <TextField
          type="date"
          name="dueOn"
          label={label('dueOn')}
          value={values.dueOn}
          onChange={(dueOn) => setValues((v) => ({ ...v, dueOn }))}
        />
      </FormField>
    </ServerForm>
  );
}

/** Deletes an item handed out by mistake, then returns to its meeting (or its forum) saying so. */
export function DeleteActionItem({
  versioned,
  onError,
}: {
  versioned: VersionedActionItem;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteActionItem();
  const { item, etag } = versioned;
  const notice = { key: 'forums.corrections.actionItemDeleted', values: { title: item.title } };
  return (
    <ConfirmAction
      label={t('forums.corrections.deleteActionItem')}
      title={t('forums.corrections.deleteActionItemTitle', { title: item.title })}
      confirmLabel={t('forums.corrections.remove')}
      action={() => remove.mutateAsync({ id: item.id, etag })}
      onDone={({ error }) => {
        if (error) {
          onError(error);
        } else if (item.meeting) {
          void navigate({ to: '/meetings/$id', params: { id: item.meeting.id }, state: { notice } });
        } else {
          void navigate({ to: '/forums/$id', params: { id: item.forum.id }, state: { notice } });
        }
      }}
    >
      <p>{t('forums.corrections.deleteActionItemText')}</p>
    </ConfirmAction>
  );
}
