import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, ServerForm } from '../../../components';
import { Alert, SearchComboBox, Select, TextArea, TextField } from '../../../design-system';
import { etagOfVersion } from '../../../lib/api';
import { useAddAgendaItem } from '../api/addAgendaItem';
import { useAddDecision } from '../api/addDecision';
import { useDecisionSubjects } from '../api/getDecisionSubjects';
import { useCreateActionItem } from '../api/createActionItem';
import { useUpdateAgendaItem } from '../api/updateAgendaItem';
import {
  agendaItemKinds,
  decisionOutcomes,
  type AgendaItem,
  type AgendaItemKind,
  type DecisionOutcome,
  type DecisionSubjectCandidate,
} from '../types';
import {
  DecisionEffectChoice,
  effectsOf,
  shared,
  SUBJECT_OF_EFFECT,
  useDecisionFieldLabel,
} from './DecisionEffectChoice';
import { optional } from './optional';
import { useForumErrorText } from './ruleMessages';
import { useOrganisationOptions } from '../../../components';

/** A confirmation shown after a small form inside the page saved. */
function Saved({ text }: { text: string | null }) {
  return text ? <Alert tone="success" title={text} /> : null;
}

/** Adds a point to the agenda: title, kind, presenter, description. */
export function AddAgendaItemForm({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const add = useAddAgendaItem();
  const describeError = useForumErrorText();
  const empty = { title: '', kind: null as AgendaItemKind | null, presenter: '', description: '' };
  const [values, setValues] = useState(empty);
  const [saved, setSaved] = useState<string | null>(null);
  const form = 'agenda-item';
  const fields = ['title', 'kind', 'presenter', 'description'] as const;
  const label = (field: string) => t(`forums.agendaFields.${field as (typeof fields)[number]}`);
  return (
    <section aria-labelledby="add-agenda-item">
      <h3 id="add-agenda-item">{t('forums.agenda.add')}</h3>
      <Saved text={saved} />
      <ServerForm
        form={form}
        fields={fields}
        labelOf={label}
        describeError={describeError}
        submitLabel={t('forums.agenda.addSubmit')}
        onSubmit={async () => {
          setSaved(null);
          const item = await add.mutateAsync({
            meetingId,
            input: {
              title: values.title,
              kind: values.kind as AgendaItemKind,
              presenter: optional(values.presenter),
              description: optional(values.description),
            },
          });
          setValues(empty);
          setSaved(t('forums.agenda.added', { title: item.title }));
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
            placeholder={t('forums.agenda.kindPlaceholder')}
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
    </section>
  );
}

/** Writes the minutes of one point (the point is replaced with its version as If-Match). */
export function MinutesForm({ meetingId, item, minutes }: { meetingId: string; item: AgendaItem; minutes?: string }) {
  const { t } = useTranslation();
  const update = useUpdateAgendaItem();
  const describeError = useForumErrorText();
  const [text, setText] = useState(minutes ?? '');
  const [saved, setSaved] = useState<string | null>(null);
  const form = `minutes-${item.id}`;
  return (
    <>
      <Saved text={saved} />
      <ServerForm
        form={form}
        fields={['minutes']}
        labelOf={() => t('forums.agenda.minutesOf', { position: item.position })}
        describeError={describeError}
        requiredHint={false}
        submitLabel={t('forums.agenda.saveMinutes')}
        onSubmit={async () => {
          setSaved(null);
          await update.mutateAsync({
            meetingId,
            itemId: item.id,
            etag: etagOfVersion(item.version),
            input: {
              title: item.title,
              kind: item.kind,
              description: item.description,
              presenter: item.presenter,
              agreementId: item.agreement?.id,
              goalAreaId: item.goalArea?.id,
              minutes: optional(text),
            },
          });
          setSaved(t('forums.agenda.minutesSaved'));
        }}
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
      </ServerForm>
    </>
  );
}

/**
 * Records a decision at a point: its text and outcome, and what it decides when it takes effect (a proposed priority
 * becomes decided, an agreement or sub-strategy adopted, a follow-up approved, a phase done). The API takes several
 * effects, each subject once, and applies them together or not at all: a refusal names the rule that blocked one of
 * them, and nothing is recorded.
 */
export function DecisionForm({ meetingId, item }: { meetingId: string; item: AgendaItem }) {
  const { t } = useTranslation();
  const add = useAddDecision();
  const subjects = useDecisionSubjects(meetingId);
  const describeForumError = useForumErrorText();
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<DecisionOutcome | null>(null);
  const [caseNumber, setCaseNumber] = useState('');
  const [chosenKeys, setChosenKeys] = useState<string[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const form = `decision-${item.id}`;
  const fields = ['text', 'outcome', 'effects', 'caseNumber'] as const;
  const candidates: readonly DecisionSubjectCandidate[] = subjects.data ?? [];
  const chosen = effectsOf(candidates, chosenKeys);
  const label = useDecisionFieldLabel(chosen);
  const describeError = (error: unknown) => {
    const refusal = describeForumError(error);
    // The effects are applied together: one refused leaves the decision and every other effect unrecorded.
    return chosen.length > 0
      ? { ...refusal, text: `${refusal.text} ${t('forums.decision.nothingRecorded')}` }
      : refusal;
  };
  return (
    <>
      <Saved text={saved} />
      <ServerForm
        form={form}
        fields={fields}
        labelOf={label}
        describeError={describeError}
        isDirty={chosenKeys.length > 0}
        submitLabel={t('forums.decision.add')}
        onSubmit={async () => {
          setSaved(null);
          const effects = effectsOf(candidates, chosenKeys);
          await add.mutateAsync({
            meetingId,
            itemId: item.id,
            input: {
              text,
              outcome: outcome as DecisionOutcome,
              subject: shared(effects.map((effect) => SUBJECT_OF_EFFECT[effect.kind])) ?? 'OTHER',
              // A priority's decision names its goal area and year, not only its agreement: no agreement link for it.
              agreementId: effects.some((effect) => effect.kind === 'PRIORITY')
                ? undefined
                : shared(effects.map((effect) => effect.agreementId)),
              caseNumber: caseNumber.trim() || undefined,
              effects:
                effects.length > 0
                  ? effects.map((effect) => ({ kind: effect.kind, subjectId: effect.subjectId }))
                  : undefined,
            },
          });
          setText('');
          setOutcome(null);
          setCaseNumber('');
          setChosenKeys([]);
          setSaved(t('forums.decision.added'));
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
            placeholder={t('forums.decision.outcomePlaceholder')}
            options={decisionOutcomes.map((value) => ({ id: value, label: t(`decisionOutcome.${value}`) }))}
            value={outcome}
            onChange={(value) => setOutcome(value as DecisionOutcome | null)}
          />
        </FormField>
        <DecisionEffectChoice
          form={form}
          label={label('effects')}
          candidates={candidates}
          loaded={subjects.isSuccess}
          value={chosenKeys}
          onChange={setChosenKeys}
        />
        <FormField form={form} name="caseNumber">
          <TextField
            name="caseNumber"
            label={label('caseNumber')}
            description={t('forums.decision.caseNumberHint')}
            value={caseNumber}
            onChange={setCaseNumber}
          />
        </FormField>
      </ServerForm>
    </>
  );
}

/** Hands out an action item at a point: title, description, owner organisation and person, due date. */
export function ActionItemForm({ meetingId, item }: { meetingId: string; item: AgendaItem }) {
  const { t } = useTranslation();
  const create = useCreateActionItem();
  const describeError = useForumErrorText();
  const empty = {
    title: '',
    description: '',
    ownerOrganisationId: null as string | null,
    ownerName: '',
    ownerPerson: '',
    dueOn: '',
  };
  const [values, setValues] = useState(empty);
  const [saved, setSaved] = useState<string | null>(null);
  // The organisation search keeps its own text: a new one after each save starts empty.
  const [round, setRound] = useState(0);
  const form = `action-item-${item.id}`;
  const fields = ['title', 'description', 'ownerOrganisationId', 'ownerPerson', 'dueOn'] as const;
  const label = (field: string) => t(`forums.actionItemFields.${field as (typeof fields)[number]}`);
  return (
    <>
      <Saved text={saved} />
      <ServerForm
        form={form}
        fields={fields}
        labelOf={label}
        describeError={describeError}
        submitLabel={t('forums.actionItem.add')}
        onSubmit={async () => {
          setSaved(null);
          const created = await create.mutateAsync({
            meetingId,
            itemId: item.id,
            input: {
              title: values.title,
              description: optional(values.description),
              ownerOrganisationId: values.ownerOrganisationId as string,
              ownerPerson: optional(values.ownerPerson),
              dueOn: optional(values.dueOn),
            },
          });
          setValues(empty);
          setRound((count) => count + 1);
          setSaved(t('forums.actionItem.added', { title: created.title }));
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
        <FormField form={form} name="description">
          <TextArea
            name="description"
            rows={3}
            label={label('description')}
            value={values.description}
            onChange={(description) => setValues((v) => ({ ...v, description }))}
          />
        </FormField>
        <FormField form={form} name="ownerOrganisationId">
          <SearchComboBox
            key={round}
            name="ownerOrganisationId"
            label={label('ownerOrganisationId')}
            emptyText={t('forums.actionItem.organisationEmpty')}
            isRequired
            value={values.ownerOrganisationId}
            valueLabel={values.ownerName}
            onChange={(ownerOrganisationId, name) => setValues((v) => ({ ...v, ownerOrganisationId, ownerName: name }))}
            useOptions={useOrganisationOptions}
          />
        </FormField>
        <FormField form={form} name="ownerPerson">
          <TextField
            name="ownerPerson"
            label={label('ownerPerson')}
            value={values.ownerPerson}
            onChange={(ownerPerson) => setValues((v) => ({ ...v, ownerPerson }))}
          />
        </FormField>
        <FormField form={form} name="dueOn">
          <TextField
            type="date"
            name="dueOn"
            label={label('dueOn')}
            value={values.dueOn}
            onChange={(dueOn) => setValues((v) => ({ ...v, dueOn }))}
          />
        </FormField>
      </ServerForm>
    </>
  );
}
