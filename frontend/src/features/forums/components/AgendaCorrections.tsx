import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../../components';
import { Alert } from '../../../design-system';
import { etagOfVersion } from '../../../lib/api';
import { useRemoveAgendaItem } from '../api/removeAgendaItem';
import { useRemoveDecision } from '../api/removeDecision';
import { useUpdateAgendaItem } from '../api/updateAgendaItem';
import type { AgendaItem, Decision } from '../types';
import { useAgendaItemLabel } from './AgendaItemForms';
import { AgendaPointForm, agendaItemInput, agendaPointValues, typedAgendaItem } from './AgendaPointForm';
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

/** Corrects a point's title, kind, presenter and description; its minutes and links stay as they are. */
export function EditAgendaItemForm({
  meetingId,
  item,
  minutes,
  onSaved,
}: {
  meetingId: string;
  item: AgendaItem;
  minutes?: string;
  onSaved: (text: string) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateAgendaItem();
  const label = useAgendaItemLabel();
  return (
    <AgendaPointForm
      form={`agenda-item-edit-${item.id}`}
      initial={agendaPointValues(item)}
      labelOf={label}
      presenter
      isDirty={(values) => values.kind !== item.kind}
      submitLabel={t('forums.corrections.saveAgendaItem')}
      onSubmit={async (values) => {
        await update.mutateAsync({
          meetingId,
          itemId: item.id,
          etag: etagOfVersion(item.version),
          input: agendaItemInput(item, { ...typedAgendaItem(values), minutes }),
        });
        onSaved(t('forums.corrections.agendaItemSaved', { position: item.position }));
      }}
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
