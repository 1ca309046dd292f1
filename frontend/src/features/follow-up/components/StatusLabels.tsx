import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../../design-system';
import type { AssessmentState, GoalStatus, RoundStatus } from '../types';

/** A shape per goal status, so the status is told by text and symbol, never by colour alone. */
const goalStatusIcons: Record<GoalStatus, string> = {
  ON_TRACK: '✓',
  PARTLY: '◐',
  NOT_ON_TRACK: '✗',
  NOT_ASSESSED: '–',
};
const goalStatusTones: Record<GoalStatus, BadgeTone> = {
  ON_TRACK: 'success',
  PARTLY: 'warning',
  NOT_ON_TRACK: 'warning',
  NOT_ASSESSED: 'muted',
};
const stateIcons: Record<AssessmentState, string> = {
  NOT_STARTED: '○',
  DRAFT: '✎',
  SUBMITTED: '➜',
  RETURNED: '↩',
  ACCEPTED: '✓',
  RECORDED: '▤',
};
const stateTones: Record<AssessmentState, BadgeTone> = {
  NOT_STARTED: 'muted',
  DRAFT: 'neutral',
  SUBMITTED: 'info',
  RETURNED: 'warning',
  ACCEPTED: 'success',
  RECORDED: 'neutral',
};
const roundTones: Record<RoundStatus, BadgeTone> = {
  OPEN: 'info',
  COMPILED: 'neutral',
  APPROVED: 'success',
  RECORDED: 'neutral',
};

/** The status of a goal area: a symbol (hidden from screen readers) and the status in words. */
export function GoalStatusLabel({ status }: { status: GoalStatus | undefined }) {
  const { t } = useTranslation();
  const value = status ?? 'NOT_ASSESSED';
  return (
    <Badge tone={goalStatusTones[value]}>
      <span aria-hidden="true" className="status-icon">
        {goalStatusIcons[value]}
      </span>{' '}
      {status ? t(`followUp.goalStatus.${value}`) : t('followUp.goalStatus.none')}
    </Badge>
  );
}

/** Where a party's assessment stands, in words and a symbol. */
export function AssessmentStateLabel({ state }: { state: AssessmentState }) {
  const { t } = useTranslation();
  return (
    <Badge tone={stateTones[state]}>
      <span aria-hidden="true" className="status-icon">
        {stateIcons[state]}
      </span>{' '}
      {t(`followUp.state.${state}`)}
    </Badge>
  );
}

export function RoundStatusLabel({ status }: { status: RoundStatus }) {
  const { t } = useTranslation();
  return <Badge tone={roundTones[status]}>{t(`followUp.roundStatus.${status}`)}</Badge>;
}
