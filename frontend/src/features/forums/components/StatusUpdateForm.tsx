import { useTranslation } from 'react-i18next';
import { conflictText, useBoundFields, VersionedEdit, type SessionFormStart } from '../../../components';
import { useChangeActionItemStatus } from '../api/changeActionItemStatus';
import type { VersionedActionItem } from '../api/getActionItem';
import type { ActionItem, ActionItemStatus } from '../types';
import { ActionItemSection, type ActionItemFormProps } from './ActionItemStep';
import { ForumServerForm } from './ForumServerForm';
import { optional } from './optional';

const FORM = 'action-item-status';
const fields = ['status', 'note'] as const;
/** The status stored (which the new status replaces) belongs to the comparison too: someone may have changed it. */
const conflictFields = ['current', ...fields] as const;

type StatusValues = { current: ActionItemStatus; status: ActionItemStatus | null; note: string };

function statusValues({ item }: VersionedActionItem): StatusValues {
  return { current: item.status, status: null, note: item.statusNote ?? '' };
}

function useStatusFieldLabel() {
  const { t } = useTranslation();
  return (field: string) =>
    field === 'current' ? t('forums.actionItem.status') : t(`forums.statusFields.${field as (typeof fields)[number]}`);
}

/**
 * The owner's (or the coordinator's) status update: a new status among those allowed, and how the work stands. Both
 * are the item's own, so when someone else saved meanwhile the conflict screen shows what they changed.
 */
export function StatusUpdateForm({ versioned, refetch, onSaved }: ActionItemFormProps) {
  const { t } = useTranslation();
  const change = useChangeActionItemStatus();
  const label = useStatusFieldLabel();
  const { item } = versioned;
  return (
    <ActionItemSection headingId="status-update-heading" title={t('forums.actionItem.updateStatus')}>
      <VersionedEdit
        follow
        read={versioned}
        readAgain={refetch}
        snapshotOf={(latest: VersionedActionItem) => ({ input: statusValues(latest), etag: latest.etag })}
        save={async (values, etag) => {
          const updated = await change.mutateAsync({
            id: item.id,
            etag,
            input: { status: values.status as ActionItemStatus, note: optional(values.note) },
          });
          onSaved(t('forums.actionItem.statusSaved', { status: t(`actionItemStatus.${updated.item.status}`) }));
        }}
        fields={conflictFields}
        labelOf={label}
        describe={(field, value) =>
          field === 'note' || !value ? conflictText(value) : t(`actionItemStatus.${value as ActionItemStatus}`)
        }
        renderForm={(start, session) => <StatusForm {...start} item={item} onSubmit={session.submit} />}
      />
    </ActionItemSection>
  );
}

function StatusForm({
  item,
  initialInput: initial,
  onSubmit,
  ...start
}: SessionFormStart<StatusValues> & {
  item: ActionItem;
  onSubmit: (values: StatusValues) => Promise<void>;
}) {
  const { t } = useTranslation();
  const label = useStatusFieldLabel();
  const { values, field } = useBoundFields(FORM, initial, label);
  return (
    <ForumServerForm
      form={FORM}
      fields={fields}
      labelOf={label}
      {...start}
      submitLabel={t('forums.actionItem.saveStatus')}
      isDirty={values.status !== initial.status}
      onSubmit={() => onSubmit(values)}
    >
      {field.select('status', {
        isRequired: true,
        placeholder: t('forums.actionItem.statusPlaceholder'),
        options: item.permissions.statusChanges.map((value) => ({ id: value, label: t(`actionItemStatus.${value}`) })),
      })}
      {field.textArea('note', { rows: 3 })}
    </ForumServerForm>
  );
}
