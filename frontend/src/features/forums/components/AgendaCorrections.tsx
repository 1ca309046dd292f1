import { useTranslation } from 'react-i18next';
import { ConfirmAction, VersionedEdit } from '../../../components';
import { Alert } from '../../../design-system';
import { useRemoveAgendaItem } from '../api/removeAgendaItem';
import { useRemoveDecision } from '../api/removeDecision';
import { useUpdateAgendaItem } from '../api/updateAgendaItem';
import type { AgendaItem, Decision } from '../types';
import { useAgendaItemLabel, useAgendaPointDescription } from './AgendaItemForms';
import { AgendaPointForm, agendaPointInput, pointSnapshot, pointVersion, shownValues } from './AgendaPointForm';
import { saveNoticingGone, type OnGone, type ReadMeetingAgain } from './meetingRead';
import { useForumErrorText } from './ruleMessages';

/** The outcome of a correction, shown where it was made: a confirmation, or the refusal explained. */
export function CorrectionOutcome({ outcome }: { outcome: { done?: string; error?: unknown } | null }) {
  const describe = useForumErrorText();
  if (!outcome) return null;
  if (outcome.done) return <Alert tone="success" title={outcome.done} />;
  const error = describe(outcome.error);
  return (
    <Alert tone="error" title={error.title} focusOnMount>
      <p>{error.text}</p>
    </Alert>
  );
}

const pointFields = ['title', 'kind', 'presenter', 'description'] as const;

/**
 * Corrects a point's title, kind, presenter and description over the version read; its minutes and links stay as
 * they are. When someone else saved the point meanwhile, the conflict screen shows what they changed.
 */
export function EditAgendaItemForm({
  meetingId,
  item,
  minutes,
  readAgain,
  onSaved,
  onGone,
}: {
  meetingId: string;
  item: AgendaItem;
  minutes?: string;
  /** Reads the meeting again. */
  readAgain: ReadMeetingAgain;
  onSaved: (text: string) => void;
  /** The save found the point removed by someone else meanwhile. */
  onGone: OnGone;
}) {
  const { t } = useTranslation();
  const update = useUpdateAgendaItem();
  const label = useAgendaItemLabel();
  const describe = useAgendaPointDescription();
  return (
    <VersionedEdit
      {...pointVersion({ item, minutes }, readAgain, onGone)}
      save={async (state, etag) => {
        const saved = await saveNoticingGone(
          () => update.mutateAsync({ meetingId, itemId: item.id, etag, input: agendaPointInput(state) }),
          onGone,
          readAgain,
        );
        onSaved(t('forums.corrections.agendaItemSaved', { position: saved.position }));
        return pointSnapshot(saved, state.minutes);
      }}
      fields={pointFields}
      labelOf={label}
      describe={describe}
      renderForm={({ initialInput, ...start }, session) => (
        <AgendaPointForm
          {...start}
          form={`agenda-item-edit-${item.id}`}
          initialInput={shownValues(initialInput)}
          labelOf={label}
          presenter
          isDirty={(values) => values.kind !== initialInput.kind}
          submitLabel={t('forums.corrections.saveAgendaItem')}
          // what the form does not show (minutes, links) as in the version it saves over
          onSubmit={(values) => session.submit({ ...session.base.input, ...values })}
        />
      )}
    />
  );
}

/** Removes a point (asks first); the server refuses while items or a status report hang on it. */
export function RemoveAgendaItem({
  meetingId,
  item,
  onDone,
}: {
  meetingId: string;
  item: AgendaItem;
  onDone: (outcome: { done?: string; error?: unknown }) => void;
}) {
  const { t } = useTranslation();
  const remove = useRemoveAgendaItem();
  return (
    <ConfirmAction
      label={t('forums.corrections.removeAgendaItem', { position: item.position })}
      title={t('forums.corrections.removeAgendaItemTitle', { title: item.title })}
      confirmLabel={t('forums.corrections.remove')}
      action={() => remove.mutateAsync({ meetingId, itemId: item.id, version: item.version })}
      onDone={({ error }) =>
        onDone(error ? { error } : { done: t('forums.corrections.agendaItemRemoved', { title: item.title }) })
      }
    >
      <p>{t('forums.corrections.removeAgendaItemText')}</p>
    </ConfirmAction>
  );
}

/** Removes a decision recorded by mistake (asks first); one that changed something stays. */
export function RemoveDecision({
  meetingId,
  decision,
  onDone,
}: {
  meetingId: string;
  decision: Decision;
  onDone: (outcome: { done?: string; error?: unknown }) => void;
}) {
  const { t } = useTranslation();
  const remove = useRemoveDecision();
  return (
    <ConfirmAction
      label={t('forums.corrections.removeDecision')}
      hiddenLabel={decision.text}
      title={t('forums.corrections.removeDecisionTitle')}
      confirmLabel={t('forums.corrections.remove')}
      action={() =>
        remove.mutateAsync({
          meetingId,
          itemId: decision.agendaItemId,
          decisionId: decision.id,
          version: decision.version,
        })
      }
      onDone={({ error }) => onDone(error ? { error } : { done: t('forums.corrections.decisionRemoved') })}
    >
      <p>{decision.text}</p>
    </ConfirmAction>
  );
}
