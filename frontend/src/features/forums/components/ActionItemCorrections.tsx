import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmAction, VersionedEdit } from '../../../components';
import { useDeleteActionItem } from '../api/deleteActionItem';
import type { VersionedActionItem } from '../api/getActionItem';
import { useUpdateActionItem } from '../api/updateActionItem';
import {
  ActionItemForm,
  actionItemConflictFields,
  actionItemInput,
  actionItemValues,
  useActionItemFieldLabel,
} from './ActionItemForm';
import type { ActionItemFormProps } from './ActionItemStep';

/**
 * Corrects an open item's title, description, owner and due date (its assignee forum stays) over the version read;
 * when someone else saved meanwhile, the conflict screen shows what they changed.
 */
export function EditActionItemForm({ versioned, refetch, onSaved }: ActionItemFormProps) {
  const { t } = useTranslation();
  const update = useUpdateActionItem();
  const labelOf = useActionItemFieldLabel();
  const { item } = versioned;
  return (
    <VersionedEdit
      follow
      read={versioned}
      readAgain={refetch}
      snapshotOf={(latest: VersionedActionItem) => ({ input: actionItemValues(latest.item), etag: latest.etag })}
      save={async (values, etag) => {
        await update.mutateAsync({
          id: item.id,
          etag,
          input: { ...actionItemInput(values), assigneeForumId: item.assigneeForum?.id },
        });
        onSaved(t('forums.corrections.actionItemSaved'));
      }}
      fields={actionItemConflictFields}
      labelOf={labelOf}
      renderForm={(start, session) => (
        <ActionItemForm
          {...start}
          form="action-item-edit"
          submitLabel={t('forums.corrections.saveActionItem')}
          onSubmit={(_, values) => session.submit(values)}
        />
      )}
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
