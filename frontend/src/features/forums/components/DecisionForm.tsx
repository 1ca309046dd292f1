import { useTranslation } from 'react-i18next';
import { conflictText, useBoundFields, VersionedEdit, type SessionFormStart } from '../../../components';
import { etagOfVersion } from '../../../lib/api';
import { useAddDecision } from '../api/addDecision';
import { useDecisionSubjects } from '../api/getDecisionSubjects';
import { useUpdateDecision } from '../api/updateDecision';
import {
  decisionOutcomes,
  type AgendaItem,
  type Decision,
  type DecisionEffect,
  type DecisionOutcome,
  type DecisionSubjectCandidate,
} from '../types';
import {
  DecisionEffectChoice,
  effectKey,
  effectsOf,
  shared,
  SUBJECT_OF_EFFECT,
  useDecisionFieldLabel,
} from './DecisionEffectChoice';
import { optional } from './optional';
import { useForumErrorText } from './ruleMessages';
import { useSavedNotice } from './SavedNotice';
import { ForumServerForm } from './ForumServerForm';
import { decisionIn, saveNoticingGone, type OnGone, type ReadMeetingAgain } from './meetingRead';

const fields = ['text', 'outcome', 'effects', 'caseNumber'] as const;

type Values = { text: string; outcome: DecisionOutcome | null; caseNumber: string; effects: string[] };

/**
 * A decision's text, outcome and case number, and what it takes effect on, chosen among the meeting's candidates:
 * the same form records a decision and corrects one. A correction keeps the effects the decision has (`recorded`)
 * and adds new ones; a new decision's effects are applied together or not at all, so its refusal says that nothing
 * was recorded.
 */
function DecisionFields({
  form,
  meetingId,
  initialInput: initial,
  recorded = [],
  isNew,
  submitLabel,
  isDirty,
  onSubmit,
  ...start
}: SessionFormStart<Values> & {
  form: string;
  meetingId: string;
  recorded?: readonly DecisionEffect[];
  isNew: boolean;
  submitLabel: string;
  isDirty: (values: Values) => boolean;
  /** Saves with the effects chosen now (besides those recorded); throws when refused. */
  onSubmit: (values: Values, added: DecisionSubjectCandidate[]) => Promise<void>;
}) {
  const { t } = useTranslation();
  const subjects = useDecisionSubjects(meetingId);
  const describeForumError = useForumErrorText();
  const known = new Set(recorded.map(effectKey));
  const candidates = (subjects.data ?? []).filter((candidate) => !known.has(effectKey(candidate)));
  const { values, set, reset, field } = useBoundFields(form, initial, (name) =>
    t(`forums.decisionFields.${name as (typeof fields)[number]}`),
  );
  const added = effectsOf(candidates, values.effects);
  // Sent after those recorded, in this order, so `effects[i]` in a refusal names the effect it is about.
  const labelOf = useDecisionFieldLabel([...recorded, ...added]);
  const describeError = (error: unknown) => {
    const refusal = describeForumError(error);
    // The effects are applied together: one refused leaves the decision and every other effect unrecorded.
    return isNew && added.length > 0
      ? { ...refusal, text: `${refusal.text} ${t('forums.decision.nothingRecorded')}` }
      : refusal;
  };
  return (
    <ForumServerForm
      form={form}
      fields={fields}
      labelOf={labelOf}
      describeError={describeError}
      isDirty={isDirty(values)}
      requiredHint={isNew}
      {...start}
      submitLabel={submitLabel}
      onSubmit={async () => {
        await onSubmit(values, added);
        if (isNew) reset();
        else set({ effects: [] });
      }}
    >
      {field.textArea('text', { rows: 3, isRequired: true })}
      {field.select('outcome', {
        isRequired: true,
        placeholder: t('forums.decision.outcomePlaceholder'),
        options: decisionOutcomes.map((value) => ({ id: value, label: t(`decisionOutcome.${value}`) })),
      })}
      <DecisionEffectChoice
        form={form}
        label={labelOf('effects')}
        candidates={candidates}
        loaded={subjects.isSuccess}
        value={values.effects}
        onChange={(effects) => set({ effects })}
        offersNoneText={recorded.length === 0}
      />
      {field.text('caseNumber', isNew ? { description: t('forums.decision.caseNumberHint') } : {})}
    </ForumServerForm>
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
  const { notice, saving } = useSavedNotice();
  return (
    <>
      {notice}
      <DecisionFields
        form={`decision-${item.id}`}
        meetingId={meetingId}
        initialInput={{ text: '', outcome: null, caseNumber: '', effects: [] }}
        isNew
        isDirty={(values) => values.effects.length > 0}
        submitLabel={t('forums.decision.add')}
        onSubmit={(values, effects) =>
          saving(async () => {
            await add.mutateAsync({
              meetingId,
              itemId: item.id,
              input: {
                text: values.text,
                outcome: values.outcome as DecisionOutcome,
                subject: shared(effects.map((effect) => SUBJECT_OF_EFFECT[effect.kind])) ?? 'OTHER',
                // A priority's decision names its goal area and year, not only its agreement: no agreement link for it.
                agreementId: effects.some((effect) => effect.kind === 'PRIORITY')
                  ? undefined
                  : shared(effects.map((effect) => effect.agreementId)),
                caseNumber: values.caseNumber.trim() || undefined,
                effects:
                  effects.length > 0
                    ? effects.map((effect) => ({ kind: effect.kind, subjectId: effect.subjectId }))
                    : undefined,
              },
            });
            return t('forums.decision.added');
          })
        }
      />
    </>
  );
}

/**
 * A decision as its correction edits it: the form's values (`effects` are those added now), and what the API takes
 * back as it is: the effects it has (`recorded`), its subject and what it is about.
 */
type DecisionState = Values & {
  recorded: DecisionEffect[];
  subject: Decision['subject'];
  agreementId: string | null;
  goalAreaId: string | null;
  year: number | null;
};

const correctionFields = ['text', 'outcome', 'recorded', 'effects', 'caseNumber'] as const;

function decisionState(decision: Decision): DecisionState {
  return {
    text: decision.text,
    outcome: decision.outcome,
    caseNumber: decision.caseNumber ?? '',
    effects: [],
    recorded: decision.effects,
    subject: decision.subject,
    agreementId: decision.agreement?.id ?? null,
    goalAreaId: decision.goalArea?.id ?? null,
    year: decision.year ?? null,
  };
}

/**
 * Corrects a decision's text, outcome and case number, and adds what it takes effect on, over the version read: the
 * effects it already has stay as recorded, new ones are chosen among the meeting's candidates the same way as when a
 * decision is recorded. When someone else saved the decision meanwhile, the conflict screen shows what they changed.
 */
export function EditDecisionForm({
  meetingId,
  decision,
  readAgain,
  onSaved,
  onGone,
}: {
  meetingId: string;
  decision: Decision;
  /** Reads the meeting and its minutes again. */
  readAgain: ReadMeetingAgain;
  onSaved: (text: string) => void;
  /** The save found the decision (or its point) removed by someone else meanwhile. */
  onGone: OnGone;
}) {
  const { t } = useTranslation();
  const update = useUpdateDecision();
  const subjects = useDecisionSubjects(meetingId);
  const labelOf = useDecisionFieldLabel([]);
  const effectText = (effect: { kind: DecisionEffect['kind']; label?: string }) =>
    t(`decisionEffectKind.${effect.kind}`, { label: effect.label ?? '' });
  const describe = (field: (typeof correctionFields)[number], value: unknown) => {
    if (field === 'outcome') return value ? t(`decisionOutcome.${value as DecisionOutcome}`) : '';
    if (field === 'recorded') return (value as DecisionEffect[]).map(effectText).join('\n');
    if (field === 'effects') {
      const candidates = subjects.data ?? [];
      return (value as string[])
        .map((key) => {
          const candidate = candidates.find((entry) => effectKey(entry) === key);
          return candidate ? effectText(candidate) : key;
        })
        .join('\n');
    }
    return conflictText(value);
  };
  return (
    <VersionedEdit
      follow
      read={decision}
      readAgain={async () => decisionIn(await readAgain(), decision.id, onGone)}
      snapshotOf={(latest: Decision) => ({ input: decisionState(latest), etag: etagOfVersion(latest.version) })}
      save={async (state, etag) => {
        const saved = await saveNoticingGone(
          () =>
            update.mutateAsync({
              meetingId,
              itemId: decision.agendaItemId,
              decisionId: decision.id,
              etag,
              input: {
                text: state.text,
                outcome: state.outcome as DecisionOutcome,
                subject: state.subject,
                agreementId: state.agreementId ?? undefined,
                goalAreaId: state.goalAreaId ?? undefined,
                year: state.year ?? undefined,
                caseNumber: optional(state.caseNumber),
                // Those it has, then those added, in the order offered (so `effects[i]` in a refusal names its effect).
                effects: [...state.recorded, ...effectsOf(subjects.data ?? [], state.effects)].map((effect) => ({
                  kind: effect.kind,
                  subjectId: effect.subjectId,
                })),
              },
            }),
          onGone,
          readAgain,
        );
        onSaved(t('forums.corrections.decisionSaved'));
        return { input: decisionState(saved), etag: etagOfVersion(saved.version) };
      }}
      fields={correctionFields}
      labelOf={(field) => (field === 'recorded' ? t('forums.decisionFields.recorded') : labelOf(field))}
      describe={describe}
      renderForm={({ initialInput, ...start }, session) => (
        <DecisionFields
          {...start}
          form={`decision-edit-${decision.id}`}
          meetingId={meetingId}
          initialInput={{
            text: initialInput.text,
            outcome: initialInput.outcome,
            caseNumber: initialInput.caseNumber,
            effects: initialInput.effects,
          }}
          recorded={session.base.input.recorded}
          isNew={false}
          isDirty={(values) => values.outcome !== initialInput.outcome || values.effects.length > 0}
          submitLabel={t('forums.corrections.saveDecision')}
          // what the form does not show (effects recorded, subject) as in the version it saves over
          onSubmit={(values) => session.submit({ ...session.base.input, ...values })}
        />
      )}
    />
  );
}
