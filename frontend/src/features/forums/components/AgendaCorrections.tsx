import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction, FormField, ServerForm } from '../../../components';
import { Alert, Select, TextArea, TextField } from '../../../design-system';
import { etagOfVersion } from '../../../lib/api';
import { useRemoveAgendaItem } from '../api/removeAgendaItem';
import { useRemoveDecision } from '../api/removeDecision';
import { useUpdateAgendaItem } from '../api/updateAgendaItem';
import { useDecisionSubjects } from '../api/getDecisionSubjects';
import { useUpdateDecision } from '../api/updateDecision';
import { agendaItemKinds, decisionOutcomes, type AgendaItem, type AgendaItemKind, type Decision } from '../types';
import { DecisionEffectChoice, effectKey, effectsOf, useDecisionFieldLabel } from './DecisionEffectChoice';
import { optional } from './optional';
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
  const describeError = useForumErrorText();
  const [values, setValues] = useState({
    title: item.title,
    kind: item.kind as AgendaItemKind | null,
    presenter: item.presenter ?? '',
    description: item.description ?? '',
  });
  const form = `agenda-item-edit-${item.id}`;
  const fields = ['title', 'kind', 'presenter', 'description'] as const;
  const label = (field: string) => t(`forums.agendaFields.${field as (typeof fields)[number]}`);
  return (
    <ServerForm
      form={form}
      fields={fields}
      labelOf={label}
      describeError={describeError}
      isDirty={values.kind !== item.kind}
      submitLabel={t('forums.corrections.saveAgendaItem')}
      onSubmit={async () => {
        await update.mutateAsync({
          meetingId,
          itemId: item.id,
          etag: etagOfVersion(item.version),
          input: {
            title: values.title,
            kind: values.kind as AgendaItemKind,
            presenter: optional(values.presenter),
            description: optional(values.description),
            agreementId: item.agreement?.id,
            goalAreaId: item.goalArea?.id,
            minutes,
          },
        });
        onSaved(t('forums.corrections.agendaItemSaved', { position: item.position }));
      }}
    >
      <FormField form={form} name="title">
        <TextField
          name="title"
          label={label('title')}
          isRequired
          value={values.title}
          onChange={(title) => setValues((v) => ({ ...v, title }))}
        />
      </FormField>
      <FormField form={form} name="kind">
        <Select
          name="kind"
          label={label('kind')}
          isRequired
          options={agendaItemKinds.map((kind) => ({ id: kind, label: t(`agendaItemKind.${kind}`) }))}
          value={values.kind}
          onChange={(kind) => setValues((v) => ({ ...v, kind: kind as AgendaItemKind | null }))}
        />
      </FormField>
      <FormField form={form} name="presenter">
        <TextField
          name="presenter"
          label={label('presenter')}
          value={values.presenter}
          onChange={(presenter) => setValues((v) => ({ ...v, presenter }))}
        />
      </FormField>
      <FormField form={form} name="description">
        <TextArea
          name="description"
          rows={3}
          label={label('description')}
          value={values.description}
          onChange={(description) => setValues((v) => ({ ...v, description }))}
        />
      </FormField>
    </ServerForm>
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

/**
 * Corrects a decision's text, outcome and case number, and adds what it takes effect on: the effects it already has
 * stay as recorded, new ones are chosen among the meeting's candidates the same way as when a decision is recorded.
 */
export function EditDecisionForm({
  meetingId,
  decision,
  onSaved,
}: {
  meetingId: string;
  decision: Decision;
  onSaved: (text: string) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateDecision();
  const describeError = useForumErrorText();
  const [text, setText] = useState(decision.text);
  const [outcome, setOutcome] = useState<Decision['outcome'] | null>(decision.outcome);
  const [caseNumber, setCaseNumber] = useState(decision.caseNumber ?? '');
  const [chosenKeys, setChosenKeys] = useState<string[]>([]);
  const subjects = useDecisionSubjects(meetingId);
  const recorded = new Set(decision.effects.map(effectKey));
  const candidates = (subjects.data ?? []).filter((candidate) => !recorded.has(effectKey(candidate)));
  const added = effectsOf(candidates, chosenKeys);
  // Sent in this order, so `effects[i]` in a refusal names the effect it is about.
  const sent = [...decision.effects, ...added];
  const form = `decision-edit-${decision.id}`;
  const fields = ['text', 'outcome', 'effects', 'caseNumber'] as const;
  const label = useDecisionFieldLabel(sent);
  return (
    <ServerForm
      form={form}
      fields={fields}
      labelOf={label}
      describeError={describeError}
      isDirty={outcome !== decision.outcome || chosenKeys.length > 0}
      requiredHint={false}
      submitLabel={t('forums.corrections.saveDecision')}
      onSubmit={async () => {
        await update.mutateAsync({
          meetingId,
          itemId: decision.agendaItemId,
          decisionId: decision.id,
          version: decision.version,
          input: {
            text,
            outcome: outcome as Decision['outcome'],
            subject: decision.subject,
            agreementId: decision.agreement?.id,
            goalAreaId: decision.goalArea?.id,
            year: decision.year,
            caseNumber: optional(caseNumber),
            effects: sent.map((effect) => ({ kind: effect.kind, subjectId: effect.subjectId })),
          },
        });
        setChosenKeys([]);
        onSaved(t('forums.corrections.decisionSaved'));
      }}
    >
      <FormField form={form} name="text">
        <TextArea name="text" rows={3} label={label('text')} isRequired value={text} onChange={setText} />
      </FormField>
      <FormField form={form} name="outcome">
        <Select
          name="outcome"
          label={label('outcome')}
          isRequired
          options={decisionOutcomes.map((value) => ({ id: value, label: t(`decisionOutcome.${value}`) }))}
          value={outcome}
          onChange={(value) => setOutcome(value as Decision['outcome'] | null)}
        />
      </FormField>
      <DecisionEffectChoice
        form={form}
        label={label('effects')}
        candidates={candidates}
        loaded={subjects.isSuccess}
        value={chosenKeys}
        onChange={setChosenKeys}
        offersNoneText={decision.effects.length === 0}
      />
      <FormField form={form} name="caseNumber">
        <TextField name="caseNumber" label={label('caseNumber')} value={caseNumber} onChange={setCaseNumber} />
      </FormField>
    </ServerForm>
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
