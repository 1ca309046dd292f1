import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FormField,
  FormSelect,
  FormTextArea,
  FormTextField,
  conflictText,
  ServerForm,
  useOrganisationOptions,
  useFormDefinition,
  type SessionFormStart,
} from '../../../components';
import { Button, ComboBox, type Option } from '../../../design-system';
import { formatDate } from '../../../lib/format';
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

/** The fields of the conflict table, each labelled as the API field it sends. */
export const activityConflictLabels = {
  title: 'title',
  description: 'description',
  target: 'goalAreaId',
  owner: 'ownerOrganisationId',
  partners: 'partnerIds',
  startsOn: 'startsOn',
  dueOn: 'dueOn',
  indicator: 'indicatorId',
  project: 'projectId',
} as const;
export const activityConflictFields = Object.keys(activityConflictLabels) as (keyof typeof activityConflictLabels)[];

/** What the activity form edits: the organisations, indicator and project with their names, to show them. */
export type ActivityValues = {
  title: string;
  description: string;
  /** `goal:<id>` or `area:<id>`. */
  target: string | null;
  owner: Named | null;
  partners: Named[];
  startsOn: string;
  dueOn: string;
  indicator: Named | null;
  project: Named | null;
};

const named = (value: Named | undefined) => (value ? { id: value.id, name: value.name } : null);

/** An activity as the form's values. */
export function activityValuesOf(activity: PlanActivity): ActivityValues {
  return {
    title: activity.title,
    description: activity.description ?? '',
    target: targetOf(activity),
    owner: named(activity.owner),
    partners: activity.partners.map(({ id, name }) => ({ id, name })),
    startsOn: activity.startsOn ?? '',
    dueOn: activity.dueOn ?? '',
    indicator: named(activity.indicator),
    project: named(activity.project),
  };
}

/** The API input of the form's values. */
export function toActivityInput(values: ActivityValues): PlanActivityInput {
  const { target } = values;
  return {
    title: values.title,
    description: values.description || undefined,
    goalAreaId: target?.startsWith('goal:') ? target.slice(5) : undefined,
    areaId: target?.startsWith('area:') ? target.slice(5) : undefined,
    ownerOrganisationId: values.owner?.id ?? '',
    partnerIds: values.partners.map((partner) => partner.id),
    startsOn: values.startsOn || undefined,
    dueOn: values.dueOn || undefined,
    indicatorId: values.indicator?.id ?? undefined,
    projectId: values.project?.id ?? undefined,
  };
}

/** An activity's values in words, for the conflict table: what it serves, organisations and links by name. */
export function activityValueText(targets: readonly Option[], language: string) {
  return (field: keyof ActivityValues, value: unknown) => {
    if (value === null || value === undefined) return '';
    if ((field === 'startsOn' || field === 'dueOn') && typeof value === 'string')
      return formatDate(value, language) ?? value;
    if (field === 'target') return targets.find((option) => option.id === value)?.label ?? conflictText(value);
    if (field === 'partners') return (value as Named[]).map((partner) => partner.name).join('\n');
    if (field === 'owner' || field === 'indicator' || field === 'project') return (value as Named).name;
    return conflictText(value);
  };
}

/**
 * Changes a planned or ongoing activity: what, for which goal area or area of action, owner and partners, period,
 * the indicator it moves and the project that funds it. The server validates what is sent.
 */
export function ActivityForm({
  activity,
  targets,
  initialInput,
  onSubmit,
  ...sessionStart
}: SessionFormStart<ActivityValues> & {
  activity: PlanActivity;
  /** The goal areas and areas of action of the plan (`goal:<id>` / `area:<id>`). */
  targets: readonly Option[];
  onSubmit: (values: ActivityValues) => Promise<void>;
}) {
  const { t } = useTranslation();
  const form = `activity-${activity.id}`;
  const start = initialInput;
  const [title, setTitle] = useState(start.title);
  const [description, setDescription] = useState(start.description);
  const [target, setTarget] = useState(start.target);
  const [owner, setOwner] = useState<string | null>(start.owner?.id ?? null);
  const [ownerSearch, setOwnerSearch] = useState(start.owner?.name ?? '');
  const [partners, setPartners] = useState<Named[]>(start.partners);
  const [partnerSearch, setPartnerSearch] = useState('');
  const [startsOn, setStartsOn] = useState(start.startsOn);
  const [dueOn, setDueOn] = useState(start.dueOn);
  const [indicator, setIndicator] = useState<string | null>(start.indicator?.id ?? null);
  const [project, setProject] = useState<string | null>(start.project?.id ?? null);
  const [projectSearch, setProjectSearch] = useState(start.project?.name ?? '');
  const [dirty, setDirty] = useState(false);
  const organisationOptions = useOrganisationOptions(ownerSearch);
  const partnerOptions = useOrganisationOptions(partnerSearch);
  const indicators = useIndicators(activity.agreement.id);
  const projects = useProjectSearch(project && projectSearch === start.project?.name ? '' : projectSearch);

  const withCurrent = (options: Option[], current: Named | null) =>
    current && !options.some((option) => option.id === current.id)
      ? [{ id: current.id, label: current.name }, ...options]
      : options;
  const ownerOptions = withCurrent(organisationOptions, start.owner);
  const projectOptions = withCurrent(
    (projects.data?.items ?? []).map((item) => ({ id: item.id, label: item.name })),
    start.project,
  );
  const indicatorOptions = withCurrent(
    (indicators.data ?? []).map((item) => ({ id: item.id, label: item.name })),
    start.indicator,
  );
  const current = start.target;
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
  /** The chosen one of `options` by name: the one the form started with as it was, another as its option reads. */
  const chosen = (id: string | null, options: Option[], started: Named | null): Named | null => {
    if (id === null) return null;
    if (started?.id === id) return started;
    return { id, name: options.find((option) => option.id === id)?.label ?? id };
  };

  return (
    <ServerForm
      {...definition}
      submitLabel={t('strategy.activity.save')}
      isDirty={dirty}
      {...sessionStart}
      onSubmit={async () => {
        await onSubmit({
          title,
          description,
          target,
          owner: chosen(owner, ownerOptions, start.owner),
          partners,
          startsOn,
          dueOn,
          indicator: chosen(indicator, indicatorOptions, start.indicator),
          project: chosen(project, projectOptions, start.project),
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
