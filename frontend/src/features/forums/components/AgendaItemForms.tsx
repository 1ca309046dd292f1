import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { conflictText, FormField, VersionedEdit, type SessionFormStart } from '../../../components';
import { TextArea } from '../../../design-system';
import { useAddAgendaItem } from '../api/addAgendaItem';
import { useCreateActionItem } from '../api/createActionItem';
import { useUpdateAgendaItem } from '../api/updateAgendaItem';
import type { AgendaItem, AgendaItemKind } from '../types';
import { ActionItemForm, actionItemValues } from './ActionItemForm';
import {
  AgendaPointForm,
  agendaPointInput,
  agendaPointValues,
  pointSnapshot,
  pointVersion,
  typedAgendaItem,
} from './AgendaPointForm';
import { saveNoticingGone, type OnGone, type ReadMeetingAgain } from './meetingRead';
import { useSavedNotice } from './SavedNotice';
import { ForumServerForm } from './ForumServerForm';

/** The label of a meeting's point's field. */
export function useAgendaItemLabel() {
  const { t } = useTranslation();
  return (field: string) => t(`forums.agendaFields.${field as 'title' | 'kind' | 'presenter' | 'description'}`);
}

/** A point's field value in words for the conflict screen: its kind by name. */
export function useAgendaPointDescription() {
  const { t } = useTranslation();
  return (field: string, value: unknown) =>
    field === 'kind' && typeof value === 'string'
      ? t(`agendaItemKind.${value as AgendaItemKind}`)
      : conflictText(value);
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
        initialInput={agendaPointValues()}
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

/**
 * Writes the minutes of one point over the version of the point read (the point is sent whole, with that version as
 * If-Match); when someone else saved the point meanwhile, the conflict screen shows what they changed.
 */
export function MinutesForm({
  meetingId,
  item,
  minutes,
  readAgain,
  onGone,
}: {
  meetingId: string;
  item: AgendaItem;
  minutes?: string;
  /** Reads the meeting again. */
  readAgain: ReadMeetingAgain;
  /** The save found the point removed by someone else meanwhile. */
  onGone: OnGone;
}) {
  const { t } = useTranslation();
  const update = useUpdateAgendaItem();
  const { notice, saving } = useSavedNotice();
  const label = () => t('forums.agenda.minutesOf', { position: item.position });
  return (
    <>
      {notice}
      <VersionedEdit
        {...pointVersion({ item, minutes }, readAgain, onGone)}
        save={async (state, etag) => {
          let saved: AgendaItem | undefined;
          await saving(async () => {
            saved = await saveNoticingGone(
              () => update.mutateAsync({ meetingId, itemId: item.id, etag, input: agendaPointInput(state) }),
              onGone,
              readAgain,
            );
            return t('forums.agenda.minutesSaved');
          });
          return saved && pointSnapshot(saved, state.minutes);
        }}
        fields={['minutes']}
        labelOf={label}
        renderForm={(start, session) => (
          <MinutesFields
            {...start}
            form={`minutes-${item.id}`}
            label={label()}
            initialInput={start.initialInput.minutes}
            // the rest of the point as in the version it saves over
            onSubmit={(text) => session.submit({ ...session.base.input, minutes: text })}
          />
        )}
      />
    </>
  );
}

function MinutesFields({
  form,
  label,
  initialInput: initial,
  onSubmit,
  ...start
}: SessionFormStart<string> & {
  form: string;
  label: string;
  onSubmit: (text: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  return (
    <ForumServerForm
      form={form}
      fields={['minutes']}
      labelOf={() => label}
      requiredHint={false}
      {...start}
      submitLabel={t('forums.agenda.saveMinutes')}
      onSubmit={() => onSubmit(text)}
    >
      <FormField form={form} name="minutes">
        <TextArea name="minutes" rows={4} label={label} value={text} onChange={setText} />
      </FormField>
    </ForumServerForm>
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
        initialInput={actionItemValues()}
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
