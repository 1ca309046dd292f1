import type { ConsultationInput, GoalArea } from '../types';

export type ConsultationSection = {
  key: string;
  /** Absent: the agreement as a whole. */
  goalArea?: GoalArea;
  inputs: ConsultationInput[];
};

/**
 * The input grouped by section in the document's order: the agreement as a whole first, then the goal areas as they
 * stand; sections without input are left out. Input on a goal area no longer in the agreement counts as on the whole.
 */
export function consultationSections(
  goalAreas: readonly GoalArea[],
  inputs: readonly ConsultationInput[],
): ConsultationSection[] {
  const known = new Set(goalAreas.map((goalArea) => goalArea.id));
  const whole = inputs.filter((input) => !input.goalAreaId || !known.has(input.goalAreaId));
  const sections: ConsultationSection[] = whole.length > 0 ? [{ key: 'whole', inputs: whole }] : [];
  for (const goalArea of goalAreas) {
    const own = inputs.filter((input) => input.goalAreaId === goalArea.id);
    if (own.length > 0) sections.push({ key: goalArea.id, goalArea, inputs: own });
  }
  return sections;
}
