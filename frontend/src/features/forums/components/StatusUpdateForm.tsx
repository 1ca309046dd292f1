import { useTranslation } from 'react-i18next';
import { useBoundFields } from '../../../components';
import { useChangeActionItemStatus } from '../api/changeActionItemStatus';
import type { ActionItemStatus } from '../types';
import { ActionItemStep, type ActionItemFormProps } from './ActionItemStep';
import { optional } from './optional';

const FORM = 'action-item-status';
const fields = ['status', 'note'] as const;

/** The owner's (or the coordinator's) status update: a new status among those allowed, and how the work stands. */
export function StatusUpdateForm({ versioned, refetch, onSaved }: ActionItemFormProps) {
  const { t } = useTranslation();
  const change = useChangeActionItemStatus();
  const { item, etag } = versioned;
  const label = (field: string) => t(`forums.statusFields.${field as (typeof fields)[number]}`);
  const { values, set, field } = useBoundFields(
    FORM,
    { status: null as ActionItemStatus | null, note: item.statusNote ?? '' },
    label,
  );
  return (
    <ActionItemStep
      headingId="status-update-heading"
      title={t('forums.actionItem.updateStatus')}
      form={FORM}
      fields={fields}
      labelOf={label}
      refetch={refetch}
      submitLabel={t('forums.actionItem.saveStatus')}
      onSubmit={async () => {
        const updated = await change.mutateAsync({
          id: item.id,
          etag,
          input: { status: values.status as ActionItemStatus, note: optional(values.note) },
        });
        set({ status: null });
        onSaved(t('forums.actionItem.statusSaved', { status: t(`actionItemStatus.${updated.item.status}`) }));
      }}
    >
      {field.select('status', {
        isRequired: true,
        placeholder: t('forums.actionItem.statusPlaceholder'),
        options: item.permissions.statusChanges.map((value) => ({ id: value, label: t(`actionItemStatus.${value}`) })),
      })}
      {field.textArea('note', { rows: 3 })}
    </ActionItemStep>
  );
}
