import { useTranslation } from 'react-i18next';
import { useBoundFields } from '../../../components';
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
  initial,
  recorded = [],
  isNew,
  submitLabel,
  isDirty,
  onSubmit,
}: {
  form: string;
  meetingId: string;
  initial: Values;
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
        initial={{ text: '', outcome: null, caseNumber: '', effects: [] }}
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
  return (
    <DecisionFields
      form={`decision-edit-${decision.id}`}
      meetingId={meetingId}
      initial={{ text: decision.text, outcome: decision.outcome, caseNumber: decision.caseNumber ?? '', effects: [] }}
      recorded={decision.effects}
      isNew={false}
      isDirty={(values) => values.outcome !== decision.outcome || values.effects.length > 0}
      submitLabel={t('forums.corrections.saveDecision')}
      onSubmit={async (values, added) => {
        await update.mutateAsync({
          meetingId,
          itemId: decision.agendaItemId,
          decisionId: decision.id,
          version: decision.version,
          input: {
            text: values.text,
            outcome: values.outcome as DecisionOutcome,
            subject: decision.subject,
            agreementId: decision.agreement?.id,
            goalAreaId: decision.goalArea?.id,
            year: decision.year,
            caseNumber: optional(values.caseNumber),
            effects: [...decision.effects, ...added].map((effect) => ({
              kind: effect.kind,
              subjectId: effect.subjectId,
            })),
          },
        });
        onSaved(t('forums.corrections.decisionSaved'));
      }}
    />
  );
}
