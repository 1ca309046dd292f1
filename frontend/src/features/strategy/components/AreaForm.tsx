import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  conflictText,
  FormSelect,
  FormTextArea,
  FormTextField,
  ServerForm,
  useFormDefinition,
  type SessionFormStart,
} from '../../../components';
import { targetGroups, type Analysis, type Area, type AreaInput, type TargetGroup } from '../types';

export const areaFields = ['title', 'description', 'targetGroup', 'goalAreaId'] as const;

/** What the area form edits. */
export type AreaValues = {
  title: string;
  description: string;
  targetGroup: TargetGroup | null;
  goalAreaId: string | null;
};

/** An area of action as the form's values. */
export function areaValuesOf(area: Area): AreaValues {
  return {
    title: area.title,
    description: area.description ?? '',
    targetGroup: area.targetGroup ?? null,
    goalAreaId: area.goalArea?.id ?? null,
  };
}

/** The API input of the form's values (an emptied target group or goal area is taken away). */
export function toAreaInput(values: AreaValues): AreaInput {
  return {
    title: values.title,
    description: values.description || undefined,
    targetGroup: values.targetGroup ?? undefined,
    goalAreaId: values.goalAreaId ?? undefined,
  };
}

const goalAreaName = (goalArea: Analysis['goalAreas'][number]) =>
  [goalArea.number, goalArea.title].filter(Boolean).join(' ');

/** An area's values in words, for the conflict table: the target group and goal area by name. */
export function useAreaValueText(goalAreas: Analysis['goalAreas']) {
  const { t } = useTranslation();
  return (field: (typeof areaFields)[number], value: unknown) => {
    if (field === 'targetGroup' && typeof value === 'string') return t(`targetGroup.${value as TargetGroup}`);
    if (field === 'goalAreaId' && typeof value === 'string') {
      const goalArea = goalAreas.find((candidate) => candidate.id === value);
      return goalArea ? goalAreaName(goalArea) : value;
    }
    return conflictText(value);
  };
}

/** A possible area of action's title, description, target group and goal area; the server validates what is sent. */
export function AreaForm({
  form,
  initialInput,
  goalAreas,
  onSubmit,
  ...start
}: SessionFormStart<AreaValues> & {
  /** Prefix of the field anchors, unique on the page. */
  form: string;
  goalAreas: Analysis['goalAreas'];
  onSubmit: (values: AreaValues) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initialInput);
  // What the form was last saved with (or started from): a pick since is an unsaved change.
  const [saved, setSaved] = useState(initialInput);
  const set = (change: Partial<AreaValues>) => {
    setValues((current) => ({ ...current, ...change }));
  };
  const definition = useFormDefinition(form, areaFields, 'strategy.area.fields');
  return (
    <ServerForm
      {...definition}
      submitLabel={t('strategy.area.save')}
      {...start}
      isDirty={values.targetGroup !== saved.targetGroup || values.goalAreaId !== saved.goalAreaId}
      onSubmit={async () => {
        await onSubmit(values);
        setSaved(values);
      }}
    >
      <FormTextField name="title" value={values.title} onChange={(title) => set({ title })} isRequired />
      <FormTextArea
        name="description"
        rows={2}
        value={values.description}
        onChange={(description) => set({ description })}
      />
      <FormSelect
        name="targetGroup"
        emptyOption={t('strategy.area.noTargetGroup')}
        options={targetGroups.map((group) => ({ id: group, label: t(`targetGroup.${group}`) }))}
        value={values.targetGroup}
        onChange={(targetGroup) => set({ targetGroup: targetGroup as TargetGroup | null })}
      />
      <FormSelect
        name="goalAreaId"
        emptyOption={t('strategy.area.noGoalArea')}
        options={goalAreas.map((goalArea) => ({ id: goalArea.id, label: goalAreaName(goalArea) }))}
        value={values.goalAreaId}
        onChange={(goalAreaId) => set({ goalAreaId })}
      />
    </ServerForm>
  );
}
