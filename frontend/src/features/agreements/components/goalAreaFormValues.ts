import { listItemsOf, type ListItem } from '../../../design-system';
import { targetGroups as targetGroupOrder, type GoalArea, type GoalAreaInput, type TargetGroup } from '../types';

/** What the goal area form edits; strategies keep a key each so they can be reordered. */
export type GoalAreaFormValues = {
  number: string;
  title: string;
  goal: string;
  strategies: ListItem[];
  targetGroups: TargetGroup[];
  /** A local agreement's goal area: the parent RÖK's goal area it answers to. */
  answersToGoalAreaId: string | null;
};

export const goalAreaFields = [
  'number',
  'title',
  'goal',
  'strategies',
  'targetGroups',
  'answersToGoalAreaId',
] as const satisfies readonly (keyof GoalAreaInput)[];
export type GoalAreaField = (typeof goalAreaFields)[number];

export function goalAreaInputOf(goalArea: GoalArea): GoalAreaInput {
  return toGoalAreaInput(
    formValuesOfGoalAreaInput({
      ...goalArea,
      number: goalArea.number ?? '',
      answersToGoalAreaId: goalArea.answersTo?.id,
    }),
  );
}

export function formValuesOfGoalAreaInput(input: GoalAreaInput): GoalAreaFormValues {
  return {
    number: input.number,
    title: input.title,
    goal: input.goal ?? '',
    strategies: listItemsOf(input.strategies ?? []),
    targetGroups: [...(input.targetGroups ?? [])],
    answersToGoalAreaId: input.answersToGoalAreaId ?? null,
  };
}

export const emptyGoalAreaInput: GoalAreaInput = { number: '', title: '', strategies: [], targetGroups: [] };

/** The request body; strategies in their order, empty ones sent as they are so the server names them. */
export function toGoalAreaInput(values: GoalAreaFormValues): GoalAreaInput {
  const goal = values.goal.trim();
  return {
    number: values.number.trim(),
    title: values.title.trim(),
    goal: goal || undefined,
    strategies: values.strategies.map((item) => item.value.trim()),
    targetGroups: targetGroupOrder.filter((group) => values.targetGroups.includes(group)),
    answersToGoalAreaId: values.answersToGoalAreaId ?? undefined,
  };
}
