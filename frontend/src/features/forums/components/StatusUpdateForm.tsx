import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, ServerForm } from '../../../components';
import { Select, TextArea } from '../../../design-system';
import { useChangeActionItemStatus } from '../api/changeActionItemStatus';
import type { VersionedActionItem } from '../api/getActionItem';
import type { ActionItemStatus } from '../types';
import { optional } from './optional';
import { useForumErrorText } from './ruleMessages';

const FORM = 'action-item-status';
const fields = ['status', 'note'] as const;

/** The owner's (or the coordinator's) status update: a new status among those allowed, and how the work stands. */
export function StatusUpdateForm({
  versioned,
  onReload,
  onSaved,
}: {
  versioned: VersionedActionItem;
  onReload: () => void;
  onSaved: (text: string) => void;
}) {
  const { t } = useTranslation();
  const change = useChangeActionItemStatus();
  const describeError = useForumErrorText();
  const { item, etag } = versioned;
  const [status, setStatus] = useState<ActionItemStatus | null>(null);
  const [note, setNote] = useState(item.statusNote ?? '');
  const label = (field: string) => t(`forums.statusFields.${field as (typeof fields)[number]}`);
  return (
    <section aria-labelledby="status-update-heading">
      <h2 id="status-update-heading">{t('forums.actionItem.updateStatus')}</h2>
      <ServerForm
        form={FORM}
        fields={fields}
        labelOf={label}
        describeError={describeError}
        onReload={onReload}
        submitLabel={t('forums.actionItem.saveStatus')}
        onSubmit={async () => {
          const updated = await change.mutateAsync({
            id: item.id,
            etag,
            input: { status: status as ActionItemStatus, note: optional(note) },
          });
          setStatus(null);
          onSaved(t('forums.actionItem.statusSaved', { status: t(`actionItemStatus.${updated.item.status}`) }));
        }}
      >
        <FormField form={FORM} name="status">
          <Select
            name="status"
            label={label('status')}
            isRequired
            placeholder={t('forums.actionItem.statusPlaceholder')}
            options={item.permissions.statusChanges.map((value) => ({
              id: value,
              label: t(`actionItemStatus.${value}`),
            }))}
            value={status}
            onChange={(value) => setStatus(value as ActionItemStatus | null)}
          />
        </FormField>
        <FormField form={FORM} name="note">
          <TextArea name="note" rows={3} label={label('note')} value={note} onChange={setNote} />
        </FormField>
      </ServerForm>
    </section>
  );
}
