import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, ServerForm } from '../../../components';
import { Select, TextArea, TextField } from '../../../design-system';
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
  const form = `area-${area.id}`;
  const [title, setTitle] = useState(area.title);
  const [description, setDescription] = useState(area.description ?? '');
  const [targetGroup, setTargetGroup] = useState<string | null>(area.targetGroup ?? null);
  const [goalAreaId, setGoalAreaId] = useState<string | null>(area.goalArea?.id ?? null);
  const label = (field: string) => t(`strategy.area.fields.${field as (typeof fields)[number]}`);
  return (
    <ServerForm
      form={form}
      fields={fields}
      labelOf={label}
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
      <FormField form={form} name="title">
        <TextField name="title" label={label('title')} value={title} onChange={setTitle} isRequired />
      </FormField>
      <FormField form={form} name="description">
        <TextArea
          name="description"
          rows={2}
          label={label('description')}
          value={description}
          onChange={setDescription}
        />
      </FormField>
      <FormField form={form} name="targetGroup">
        <Select
          name="targetGroup"
          label={label('targetGroup')}
          emptyOption={t('strategy.area.noTargetGroup')}
          options={targetGroups.map((group) => ({ id: group, label: t(`targetGroup.${group}`) }))}
          value={targetGroup}
          onChange={setTargetGroup}
        />
      </FormField>
      <FormField form={form} name="goalAreaId">
        <Select
          name="goalAreaId"
          label={label('goalAreaId')}
          emptyOption={t('strategy.area.noGoalArea')}
          options={goalAreas.map((goalArea) => ({
            id: goalArea.id,
            label: [goalArea.number, goalArea.title].filter(Boolean).join(' '),
          }))}
          value={goalAreaId}
          onChange={setGoalAreaId}
        />
      </FormField>
    </ServerForm>
  );
}
