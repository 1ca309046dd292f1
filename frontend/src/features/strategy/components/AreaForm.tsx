import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormSelect, FormTextArea, FormTextField, ServerForm, useFormDefinition } from '../../../components';
import { targetGroups, type Analysis, type Area, type AreaInput, type TargetGroup } from '../types';

const fields = ['title', 'description', 'targetGroup', 'goalAreaId'] as const;

/** A possible area of action's title, description, target group and goal area; the server validates what is sent. */
export function AreaForm({
  area,
  goalAreas,
  onSubmit,
}: {
  area: Area;
  goalAreas: Analysis['goalAreas'];
  onSubmit: (input: AreaInput) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(area.title);
  const [description, setDescription] = useState(area.description ?? '');
  const [targetGroup, setTargetGroup] = useState<string | null>(area.targetGroup ?? null);
  const [goalAreaId, setGoalAreaId] = useState<string | null>(area.goalArea?.id ?? null);
  const definition = useFormDefinition(`area-${area.id}`, fields, 'strategy.area.fields');
  return (
    <ServerForm
      {...definition}
      submitLabel={t('strategy.area.save')}
      isDirty={targetGroup !== (area.targetGroup ?? null) || goalAreaId !== (area.goalArea?.id ?? null)}
      onSubmit={() =>
        onSubmit({
          title,
          description: description || undefined,
          targetGroup: (targetGroup as TargetGroup | null) ?? undefined,
          goalAreaId: goalAreaId ?? undefined,
        })
      }
    >
      <FormTextField name="title" value={title} onChange={setTitle} isRequired />
      <FormTextArea name="description" rows={2} value={description} onChange={setDescription} />
      <FormSelect
        name="targetGroup"
        emptyOption={t('strategy.area.noTargetGroup')}
        options={targetGroups.map((group) => ({ id: group, label: t(`targetGroup.${group}`) }))}
        value={targetGroup}
        onChange={setTargetGroup}
      />
      <FormSelect
        name="goalAreaId"
        emptyOption={t('strategy.area.noGoalArea')}
        options={goalAreas.map((goalArea) => ({
          id: goalArea.id,
          label: [goalArea.number, goalArea.title].filter(Boolean).join(' '),
        }))}
        value={goalAreaId}
        onChange={setGoalAreaId}
      />
    </ServerForm>
  );
}
