import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components';
import { TextArea } from '../../../design-system';
import { etagOfVersion } from '../../../lib/api';
import { useAddAgendaItem } from '../api/addAgendaItem';
import { useCreateActionItem } from '../api/createActionItem';
import { useUpdateAgendaItem } from '../api/updateAgendaItem';
import type { AgendaItem } from '../types';
import { ActionItemForm, actionItemValues } from './ActionItemForm';
import { AgendaPointForm, agendaItemInput, agendaPointValues, typedAgendaItem } from './AgendaPointForm';
import { optional } from './optional';
import { useSavedNotice } from './SavedNotice';
import { ForumServerForm } from './ForumServerForm';

/** The label of a meeting's point's field. */
export function useAgendaItemLabel() {
  const { t } = useTranslation();
  return (field: string) => t(`forums.agendaFields.${field as 'title' | 'kind' | 'presenter' | 'description'}`);
}

/** Adds a point to the agenda: title, kind, presenter, description. */
export function AddAgendaItemForm({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const add = useAddAgendaItem();
  const label = useAgendaItemLabel();
  const { notice, saving } = useSavedNotice();
  return (
    <section aria-labelledby="add-agenda-item">
      <h3 id="add-agenda-item">{t('forums.agenda.add')}</h3>
      {notice}
      <AgendaPointForm
        form="agenda-item"
        initial={agendaPointValues()}
        labelOf={label}
        presenter
        emptyAfterSave
        submitLabel={t('forums.agenda.addSubmit')}
        onSubmit={(values) =>
          saving(async () => {
            const item = await add.mutateAsync({ meetingId, input: typedAgendaItem(values) });
            return t('forums.agenda.added', { title: item.title });
          })
        }
      />
    </section>
  );
}

/** Writes the minutes of one point (the point is replaced with its version as If-Match). */
export function MinutesForm({ meetingId, item, minutes }: { meetingId: string; item: AgendaItem; minutes?: string }) {
  const { t } = useTranslation();
  const update = useUpdateAgendaItem();
  const [text, setText] = useState(minutes ?? '');
  const { notice, saving } = useSavedNotice();
  const form = `minutes-${item.id}`;
  return (
    <>
      {notice}
      <ForumServerForm
        form={form}
        fields={['minutes']}
        labelOf={() => t('forums.agenda.minutesOf', { position: item.position })}
        requiredHint={false}
        submitLabel={t('forums.agenda.saveMinutes')}
        onSubmit={() =>
          saving(async () => {
            await update.mutateAsync({
              meetingId,
              itemId: item.id,
              etag: etagOfVersion(item.version),
              input: agendaItemInput(item, { minutes: optional(text) }),
            });
            return t('forums.agenda.minutesSaved');
          })
        }
      >
        <FormField form={form} name="minutes">
          <TextArea
            name="minutes"
            rows={4}
            label={t('forums.agenda.minutesOf', { position: item.position })}
            value={text}
            onChange={setText}
          />
        </FormField>
      </ForumServerForm>
    </>
  );
}

/** Hands out an action item at a point: title, description, owner organisation and person, due date. */
export function NewActionItemForm({ meetingId, item }: { meetingId: string; item: AgendaItem }) {
  const { t } = useTranslation();
  const create = useCreateActionItem();
  const { notice, saving } = useSavedNotice();
  return (
    <>
      {notice}
      <ActionItemForm
        form={`action-item-${item.id}`}
        initial={actionItemValues()}
        emptyAfterSave
        submitLabel={t('forums.actionItem.add')}
        onSubmit={(input) =>
          saving(async () => {
            const created = await create.mutateAsync({ meetingId, itemId: item.id, input });
            return t('forums.actionItem.added', { title: created.title });
          })
        }
      />
    </>
  );
}
