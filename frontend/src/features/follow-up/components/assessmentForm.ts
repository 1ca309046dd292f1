import type { Assessment, AssessmentInput, Gender, GoalStatus } from '../types';

export type ActivityItem = {
  key: string;
  title: string;
  description: string;
  organisations: { id: string; label: string }[];
  result: string;
  fundingSource: string;
  /** The registered project the activity comes from (its name is read when shown). */
  projectId: string | null;
  /** The action plan's activity it was taken from; null when typed. */
  planActivityId: string | null;
};

/** One value field: an indicator, the municipality (per-municipality indicators) and the gender. */
export type ValueCell = { indicatorId: string; municipalityCode?: string; gender: Gender };

export type AssessmentFormValues = {
  status: GoalStatus | null;
  situation: string;
  activities: ActivityItem[];
  /** Text typed per value cell (key from `cellKey`). */
  values: Record<string, string>;
  /** Municipalities shown per per-municipality indicator. */
  municipalities: Record<string, string[]>;
};

let counter = 0;
export function newActivity(): ActivityItem {
  counter += 1;
  return {
    key: `new-activity-${counter}`,
    title: '',
    description: '',
    organisations: [],
    result: '',
    fundingSource: '',
    projectId: null,
    planActivityId: null,
  };
}

/** An activity of the action plan as an assessment's activity: its title, text, organisations and project. */
export function activityFromPlan(activity: {
  id: string;
  title: string;
  description?: string;
  owner: { id: string; name: string };
  partners: { id: string; name: string }[];
  project?: { id: string };
}): ActivityItem {
  return {
    ...newActivity(),
    title: activity.title,
    description: activity.description ?? '',
    organisations: [activity.owner, ...activity.partners].map((organisation) => ({
      id: organisation.id,
      label: organisation.name,
    })),
    projectId: activity.project?.id ?? null,
    planActivityId: activity.id,
  };
}

export function cellKey(cell: ValueCell): string {
  return `${cell.indicatorId}|${cell.municipalityCode ?? ''}|${cell.gender}`;
}

export function formValuesOf(assessment: Assessment): AssessmentFormValues {
  const municipalities: Record<string, string[]> = {};
  for (const value of assessment.indicatorValues) {
    if (!value.municipalityCode) continue;
    const list = (municipalities[value.indicatorId] ??= []);
    if (!list.includes(value.municipalityCode)) list.push(value.municipalityCode);
  }
  return {
    status: assessment.status ?? null,
    situation: assessment.situation ?? '',
    activities: assessment.activities.map((activity, index) => ({
      key: `activity-${index}`,
      title: activity.title,
      description: activity.description ?? '',
      organisations: activity.organisations.map((organisation) => ({ id: organisation.id, label: organisation.name })),
      result: activity.result ?? '',
      fundingSource: activity.fundingSource ?? '',
      projectId: activity.projectId ?? null,
      planActivityId: activity.planActivityId ?? null,
    })),
    values: Object.fromEntries(
      assessment.indicatorValues.map((value) => [
        cellKey({ indicatorId: value.indicatorId, municipalityCode: value.municipalityCode, gender: value.gender }),
        String(value.value),
      ]),
    ),
    municipalities,
  };
}

/** The value cells of an indicator: per municipality shown (when scoped so), per gender (when broken down). */
export function cellsOf(
  indicator: Assessment['indicators'][number],
  municipalities: Record<string, string[]>,
): ValueCell[] {
  const genders: Gender[] = indicator.genderBreakdown ? ['WOMEN', 'MEN', 'TOTAL'] : ['TOTAL'];
  const places = indicator.scope === 'MUNICIPALITY' ? (municipalities[indicator.id] ?? []) : [undefined];
  return places.flatMap((municipalityCode) =>
    genders.map((gender) => ({ indicatorId: indicator.id, municipalityCode, gender })),
  );
}

function trimmedOrUndefined(text: string): string | undefined {
  return text.trim() === '' ? undefined : text;
}

/**
 * What is sent: the typed text as is (the server validates), empty value fields left out. Also the position of each
 * value cell in the list, so the server's errors (`indicatorValues[2].value`) find their field.
 */
export function toAssessmentInput(
  values: AssessmentFormValues,
  indicators: Assessment['indicators'],
): { input: AssessmentInput; positions: Record<string, number> } {
  const positions: Record<string, number> = {};
  const indicatorValues: NonNullable<AssessmentInput['indicatorValues']> = [];
  for (const indicator of indicators) {
    for (const cell of cellsOf(indicator, values.municipalities)) {
      const key = cellKey(cell);
      const text = key in values.values ? values.values[key].trim() : '';
      if (text === '') continue;
      const number = Number(text.replace(',', '.').replace(/\s/g, ''));
      positions[cellKey(cell)] = indicatorValues.length;
      indicatorValues.push({
        indicatorId: cell.indicatorId,
        municipalityCode: cell.municipalityCode,
        gender: cell.gender,
        // A number the server cannot read is sent as typed, so it says what is wrong with it.
        value: Number.isNaN(number) ? (text as unknown as number) : number,
      });
    }
  }
  return {
    input: {
      status: values.status ?? undefined,
      situation: trimmedOrUndefined(values.situation),
      activities: values.activities.map((activity) => ({
        title: activity.title,
        description: trimmedOrUndefined(activity.description),
        organisationIds: activity.organisations.map((organisation) => organisation.id),
        result: trimmedOrUndefined(activity.result),
        fundingSource: trimmedOrUndefined(activity.fundingSource),
        projectId: activity.projectId ?? undefined,
        planActivityId: activity.planActivityId ?? undefined,
      })),
      indicatorValues,
    },
    positions,
  };
}
