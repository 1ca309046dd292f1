import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../components';
import { useDeleteActionItem } from '../api/deleteActionItem';
import type { VersionedActionItem } from '../api/getActionItem';
import { useUpdateActionItem } from '../api/updateActionItem';
import { ActionItemForm, actionItemValues } from './ActionItemForm';
import type { ActionItemFormProps } from './ActionItemStep';

/** Corrects an open item's title, description, owner and due date (its assignee forum stays). */
export function EditActionItemForm({ versioned, onReload, onSaved }: ActionItemFormProps) {
  const { t } = useTranslation();
  const update = useUpdateActionItem();
  const { item, etag } = versioned;
  return (
    <ActionItemForm
      form="action-item-edit"
      initial={actionItemValues(item)}
      onReload={onReload}
      isDirty={(values) => values.ownerOrganisationId !== item.owner.id}
      submitLabel={t('forums.corrections.saveActionItem')}
      onSubmit={async (input) => {
        await update.mutateAsync({ id: item.id, etag, input: { ...input, assigneeForumId: item.assigneeForum?.id } });
        onSaved(t('forums.corrections.actionItemSaved'));
      }}
    />
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
