import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FormField,
  FormSelect,
  FormTextArea,
  FormTextField,
  ServerForm,
  useOrganisationOptions,
  useFormDefinition,
} from '../../../components';
import { Button, ComboBox, type Option } from '../../../design-system';
import { useIndicators } from '../api/getIndicators';
import { useProjectSearch } from '../api/searchProjects';
import type { PlanActivity, PlanActivityInput } from '../types';

const fields = [
  'title',
  'description',
  'goalAreaId',
  'ownerOrganisationId',
  'partnerIds',
  'startsOn',
  'dueOn',
  'indicatorId',
  'projectId',
] as const;

type Named = { id: string; name: string };

/** The id of a goal area (`goal:…`) or an area of action (`area:…`) the activity serves. */
function targetOf(activity: PlanActivity): string | null {
  if (activity.goalArea) return `goal:${activity.goalArea.id}`;
  return activity.area ? `area:${activity.area.id}` : null;
}

/**
 * Changes a planned or ongoing activity: what, for which goal area or area of action, owner and partners, period,
 * the indicator it moves and the project that funds it. The server validates what is sent.
 */
export function ActivityForm({
  activity,
  targets,
  onSubmit,
}: {
  activity: PlanActivity;
  /** The goal areas and areas of action of the plan (`goal:<id>` / `area:<id>`). */
  targets: readonly Option[];
  onSubmit: (input: PlanActivityInput) => Promise<void>;
}) {
  const { t } = useTranslation();
  const form = `activity-${activity.id}`;
  const [title, setTitle] = useState(activity.title);
  const [description, setDescription] = useState(activity.description ?? '');
  const [target, setTarget] = useState(targetOf(activity));
  const [owner, setOwner] = useState<string | null>(activity.owner.id);
  const [ownerSearch, setOwnerSearch] = useState(activity.owner.name);
  const [partners, setPartners] = useState<Named[]>(activity.partners.map(({ id, name }) => ({ id, name })));
  const [partnerSearch, setPartnerSearch] = useState('');
  const [startsOn, setStartsOn] = useState(activity.startsOn ?? '');
  const [dueOn, setDueOn] = useState(activity.dueOn ?? '');
  const [indicator, setIndicator] = useState<string | null>(activity.indicator?.id ?? null);
  const [project, setProject] = useState<string | null>(activity.project?.id ?? null);
  const [projectSearch, setProjectSearch] = useState(activity.project?.name ?? '');
  const [dirty, setDirty] = useState(false);
  const organisationOptions = useOrganisationOptions(ownerSearch);
  const partnerOptions = useOrganisationOptions(partnerSearch);
  const indicators = useIndicators(activity.agreement.id);
  const projects = useProjectSearch(project && projectSearch === activity.project?.name ? '' : projectSearch);

  const withCurrent = (options: Option[], current: Named | undefined) =>
    current && !options.some((option) => option.id === current.id)
      ? [{ id: current.id, label: current.name }, ...options]
      : options;
  const ownerOptions = withCurrent(organisationOptions, activity.owner);
  const projectOptions = withCurrent(
    (projects.data?.items ?? []).map((item) => ({ id: item.id, label: item.name })),
    activity.project,
  );
  const indicatorOptions = withCurrent(
    (indicators.data ?? []).map((item) => ({ id: item.id, label: item.name })),
    activity.indicator,
  );
  const current = targetOf(activity);
  const targetOptions =
    current && !targets.some((option) => option.id === current)
      ? [{ id: current, label: activity.goalArea?.title ?? activity.area?.name ?? '' }, ...targets]
      : targets;
  const definition = useFormDefinition(form, fields, 'strategy.activity.fields');
  const label = definition.labelOf;
  const change =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setDirty(true);
    };

  return (
    <ServerForm
      {...definition}
      submitLabel={t('strategy.activity.save')}
      isDirty={dirty}
      onSubmit={async () => {
        await onSubmit({
          title,
          description: description || undefined,
          goalAreaId: target?.startsWith('goal:') ? target.slice(5) : undefined,
          areaId: target?.startsWith('area:') ? target.slice(5) : undefined,
          ownerOrganisationId: owner ?? '',
          partnerIds: partners.map((partner) => partner.id),
          startsOn: startsOn || undefined,
          dueOn: dueOn || undefined,
          indicatorId: indicator ?? undefined,
          projectId: project ?? undefined,
        });
        setDirty(false);
      }}
    >
      <FormTextField name="title" value={title} onChange={setTitle} isRequired />
      <FormTextArea name="description" rows={2} value={description} onChange={setDescription} />
      <FormSelect name="goalAreaId" options={targetOptions} value={target} onChange={change(setTarget)} isRequired />
      <FormField form={form} name="ownerOrganisationId">
        <ComboBox
          name="ownerOrganisationId"
          label={label('ownerOrganisationId')}
          options={ownerOptions}
          value={owner}
          onChange={change(setOwner)}
          inputValue={ownerSearch}
          onInputChange={setOwnerSearch}
          emptyText={t('strategy.plan.noOrganisation')}
          isRequired
        />
      </FormField>
      <FormField form={form} name="partnerIds">
        <fieldset className="activity-partners">
          <legend>{label('partnerIds')}</legend>
          {partners.length === 0 ? (
            <p>{t('strategy.activity.noPartners')}</p>
          ) : (
            <ul>
              {partners.map((partner) => (
                <li key={partner.id}>
                  {partner.name}{' '}
                  <Button onPress={() => change(setPartners)(partners.filter((other) => other.id !== partner.id))}>
                    {t('strategy.activity.removePartner', { name: partner.name })}
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <ComboBox
            label={t('strategy.activity.addPartner')}
            options={partnerOptions.filter((option) => !partners.some((partner) => partner.id === option.id))}
            value={null}
            onChange={(id) => {
              const chosen = partnerOptions.find((option) => option.id === id);
              if (chosen) change(setPartners)([...partners, { id: chosen.id, name: chosen.label }]);
              setPartnerSearch('');
            }}
            inputValue={partnerSearch}
            onInputChange={setPartnerSearch}
            emptyText={t('strategy.plan.noOrganisation')}
          />
        </fieldset>
      </FormField>
      <FormTextField name="startsOn" type="date" value={startsOn} onChange={setStartsOn} />
      <FormTextField name="dueOn" type="date" value={dueOn} onChange={setDueOn} />
      <FormSelect
        name="indicatorId"
        emptyOption={t('strategy.activity.noIndicator')}
        options={indicatorOptions}
        value={indicator}
        onChange={change(setIndicator)}
      />
      <FormField form={form} name="projectId">
        <ComboBox
          name="projectId"
          label={label('projectId')}
          description={t('strategy.activity.projectHint')}
          options={projectOptions}
          value={project}
          onChange={change(setProject)}
          inputValue={projectSearch}
          onInputChange={(text) => {
            setProjectSearch(text);
            if (text === '') change(setProject)(null);
          }}
          emptyText={t('strategy.activity.noProject')}
        />
      </FormField>
    </ServerForm>
  );
}
