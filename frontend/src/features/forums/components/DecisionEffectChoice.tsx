import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components';
import { CheckboxGroup } from '../../../design-system';
import type { DecisionSubjectCandidate } from '../types';

export const SUBJECT_OF_EFFECT = {
  PRIORITY: 'YEARLY_PRIORITY',
  AGREEMENT_ADOPTION: 'AGREEMENT',
  FOLLOW_UP_APPROVAL: 'FOLLOW_UP',
  PHASE_COMPLETION: 'STRATEGY',
  SUB_STRATEGY_ADOPTION: 'STRATEGY',
} as const;

/** One effect, named the same way for a candidate and for an effect a decision already has. */
export function effectKey(effect: { kind: string; subjectId: string }) {
  return `${effect.kind}:${effect.subjectId}`;
}

/** The effects of the chosen candidates, in the order the candidates are offered (so `effects[i]` is found again). */
export function effectsOf(candidates: readonly DecisionSubjectCandidate[], chosen: readonly string[]) {
  return candidates.filter((candidate) => chosen.includes(effectKey(candidate)));
}

/** The one value all have, else none: a decision about several things names no single subject or agreement. */
export function shared<T>(values: readonly T[]): T | undefined {
  return values.length > 0 && values.every((value) => value === values[0]) ? values[0] : undefined;
}

/** A field's label; `effects[1].subjectId` is the second effect sent, named by what it was to change. */
export function useDecisionFieldLabel(sent: readonly { kind: DecisionSubjectCandidate['kind']; label?: string }[]) {
  const { t } = useTranslation();
  const effectLabel = (effect: { kind: DecisionSubjectCandidate['kind']; label?: string }) =>
    t(`decisionEffectKind.${effect.kind}`, { label: effect.label ?? '' });
  return (field: string) => {
    const index = /^effects\[(\d+)\]/.exec(field)?.[1];
    const effect = index === undefined ? undefined : sent.at(Number(index));
    const top = field.split(/[[.]/)[0] as 'text' | 'outcome' | 'effects' | 'caseNumber';
    const name = t(`forums.decisionFields.${top}`);
    return effect ? `${name}: ${effectLabel(effect)}` : name;
  };
}

/**
 * Chooses what a decision takes effect on among the meeting's candidates (a proposed priority, an agreement or
 * sub-strategy to adopt, a follow-up to approve, a phase to complete): the same choice when a decision is recorded
 * and when a correction adds effects to it.
 */
export function DecisionEffectChoice({
  form,
  label,
  candidates,
  loaded,
  value,
  onChange,
  offersNoneText = true,
}: {
  form: string;
  label: string;
  candidates: readonly DecisionSubjectCandidate[];
  loaded: boolean;
  value: string[];
  onChange: (keys: string[]) => void;
  /** Whether to say that nothing can be decided now (a correction of a decision that took effect says nothing). */
  offersNoneText?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <FormField form={form} name="effects">
      {candidates.length > 0 && (
        <CheckboxGroup
          name="effects"
          label={label}
          description={t('forums.decision.effectHint')}
          options={candidates.map((candidate) => ({
            id: effectKey(candidate),
            label: t(`decisionEffectKind.${candidate.kind}`, { label: candidate.label }),
          }))}
          value={value}
          onChange={onChange}
        />
      )}
      {offersNoneText && loaded && candidates.length === 0 && <p>{t('forums.decision.noEffect')}</p>}
    </FormField>
  );
}
