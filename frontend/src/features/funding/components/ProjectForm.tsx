import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, ServerForm, useOrganisationOptions } from '../../../components';
import { RepeatingGroup, SearchComboBox, Select, TextArea, TextField } from '../../../design-system';
import { useProgrammes } from '../api/getProgrammes';
import { decimalOf } from '../format';
import { projectStatuses, type Links, type Project, type ProjectInput, type ProjectStatus } from '../types';
import { LinksFields, linksValueOf, type LinksValue } from './LinksFields';
import { idsOf, organisationEntriesOf, OrganisationsField, type OrganisationEntry } from './OrganisationsField';

const FORM = 'funding-project';
export const projectFields = [
  'name',
  'description',
  'ownerOrganisationId',
  'partnerIds',
  'startsOn',
  'endsOn',
  'status',
  'results',
  'budget',
  'goalAreaIds',
  'strategies',
  'targetGroups',
] as const;

export function projectInputOf(project: Project): ProjectInput {
  return {
    name: project.name,
    description: project.description,
    countyCode: project.countyCode,
    ownerOrganisationId: project.owner?.id,
    partnerIds: project.partners.map((p) => p.id),
    startsOn: project.startsOn,
    endsOn: project.endsOn,
    status: project.status,
    results: project.results,
    budget: project.budget.map((line) => ({
      programmeId: line.programme?.id,
      source: line.source,
      year: line.year,
      amount: line.amount,
    })),
    ...linksValueOf(project.links),
  };
}

export function useProjectFieldLabel() {
  const { t } = useTranslation();
  const labels = new Map<string, string>(projectFields.map((f) => [f, t(`funding.field.${f}`)]));
  return (field: string) => {
    const match = /^budget\[(\d+)\]/.exec(field);
    if (match) return t('funding.projectForm.budgetLine', { n: Number(match[1]) + 1 });
    return labels.get(field.split(/[[.]/)[0] ?? field) ?? field;
  };
}

type BudgetEntry = { key: string; programmeId: string | null; source: string; year: string; amount: string };
let nextKey = 0;
const budgetEntry = (line?: NonNullable<ProjectInput['budget']>[number]): BudgetEntry => {
  nextKey += 1;
  return {
    key: `budget-${String(nextKey)}`,
    programmeId: line?.programmeId ?? null,
    source: line?.source ?? '',
    year: line ? String(line.year) : '',
    amount: line?.amount ?? '',
  };
};

/**
 * A project, granted or funded elsewhere: owner, partners, period, status, results, its budget per source (a
 * registered programme or a named source, per year) and what it serves.
 */
export function ProjectForm({
  initialInput,
  known,
  owner,
  partners: knownPartners,
  onSubmit,
  submitLabel,
  cancelHref,
  notice,
  initialError,
}: {
  initialInput: ProjectInput;
  known?: Links;
  owner?: { id: string; name: string };
  partners?: { id: string; name: string }[];
  onSubmit: (input: ProjectInput) => Promise<void>;
  submitLabel: string;
  cancelHref: string;
  notice?: string;
  initialError?: unknown;
}) {
  const { t } = useTranslation();
  const labelOf = useProjectFieldLabel();
  const programmes = useProgrammes();
  const [name, setName] = useState(initialInput.name);
  const [description, setDescription] = useState(initialInput.description ?? '');
  const [ownerChoice, setOwnerChoice] = useState<{ id: string | null; label: string }>({
    id: initialInput.ownerOrganisationId ?? null,
    label: owner && owner.id === initialInput.ownerOrganisationId ? owner.name : '',
  });
  const [partners, setPartners] = useState<OrganisationEntry[]>(() =>
    organisationEntriesOf(
      (initialInput.partnerIds ?? []).map((id) => ({
        id,
        name: knownPartners?.find((p) => p.id === id)?.name ?? id,
      })),
    ),
  );
  const [startsOn, setStartsOn] = useState(initialInput.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(initialInput.endsOn ?? '');
  const [status, setStatus] = useState<ProjectStatus>(initialInput.status);
  const [results, setResults] = useState(initialInput.results ?? '');
  const [budget, setBudget] = useState<BudgetEntry[]>(() => (initialInput.budget ?? []).map(budgetEntry));
  const [links, setLinks] = useState<LinksValue>({
    goalAreaIds: initialInput.goalAreaIds ?? [],
    strategies: initialInput.strategies ?? [],
    targetGroups: initialInput.targetGroups ?? [],
  });
  const lineName = (n: number) => t('funding.projectForm.budgetLine', { n });
  return (
    <ServerForm
      form={FORM}
      fields={projectFields}
      labelOf={labelOf}
      submitLabel={submitLabel}
      cancelHref={cancelHref}
      notice={notice}
      initialError={initialError}
      onSubmit={() =>
        onSubmit({
          name,
          description: description || undefined,
          countyCode: initialInput.countyCode,
          ownerOrganisationId: ownerChoice.id ?? undefined,
          partnerIds: idsOf(partners),
          startsOn: startsOn || undefined,
          endsOn: endsOn || undefined,
          status,
          results: results || undefined,
          budget: budget.map((line) => ({
            programmeId: line.programmeId ?? undefined,
            source: line.source || undefined,
            year: Number(line.year),
            amount: decimalOf(line.amount),
          })),
          ...links,
        })
      }
    >
      <FormField form={FORM} name="name">
        <TextField name="name" label={labelOf('name')} isRequired value={name} onChange={setName} />
      </FormField>
      <FormField form={FORM} name="description">
        <TextArea name="description" label={labelOf('description')} value={description} onChange={setDescription} />
      </FormField>
      <FormField form={FORM} name="ownerOrganisationId">
        <SearchComboBox
          label={labelOf('ownerOrganisationId')}
          name="ownerOrganisationId"
          emptyText={t('funding.organisations.noMatch')}
          value={ownerChoice.id}
          valueLabel={ownerChoice.label}
          onChange={(id, label) => setOwnerChoice({ id, label })}
          useOptions={useOrganisationOptions}
        />
      </FormField>
      <FormField form={FORM} name="partnerIds">
        <OrganisationsField
          legend={labelOf('partnerIds')}
          item={(n) => t('funding.projectForm.partner', { n })}
          entries={partners}
          onChange={setPartners}
        />
      </FormField>
      <FormField form={FORM} name="startsOn">
        <TextField
          name="startsOn"
          label={labelOf('startsOn')}
          description={t('funding.dateHelp')}
          value={startsOn}
          onChange={setStartsOn}
        />
      </FormField>
      <FormField form={FORM} name="endsOn">
        <TextField
          name="endsOn"
          label={labelOf('endsOn')}
          description={t('funding.dateHelp')}
          value={endsOn}
          onChange={setEndsOn}
        />
      </FormField>
      <FormField form={FORM} name="status">
        <Select
          label={labelOf('status')}
          name="status"
          isRequired
          options={projectStatuses.map((id) => ({ id, label: t(`funding.projectStatus.${id}`) }))}
          value={status}
          onChange={(value) => {
            const found = projectStatuses.find((s) => s === value);
            if (found) setStatus(found);
          }}
        />
      </FormField>
      <FormField form={FORM} name="results">
        <TextArea name="results" label={labelOf('results')} value={results} onChange={setResults} />
      </FormField>
      <FormField form={FORM} name="budget">
        <RepeatingGroup
          items={budget}
          onChange={setBudget}
          newItem={() => budgetEntry()}
          labels={{
            legend: labelOf('budget'),
            description: t('funding.projectForm.budgetHelp'),
            item: lineName,
            add: t('funding.projectForm.addLine'),
            remove: t('funding.remove'),
            added: (n) => t('funding.organisations.added', { name: lineName(n) }),
            removed: (n) => t('funding.organisations.removed', { name: lineName(n) }),
            empty: t('funding.project.noBudget'),
          }}
          renderItem={(line, index, update) => (
            <>
              <Select
                label={t('funding.field.programmeId')}
                name={`budget[${String(index)}].programmeId`}
                emptyOption={t('funding.projectForm.otherSource')}
                options={(programmes.data ?? []).map((p) => ({ id: p.id, label: p.name }))}
                value={line.programmeId}
                onChange={(programmeId) => update({ programmeId })}
              />
              {line.programmeId === null && (
                <TextField
                  name={`budget[${String(index)}].source`}
                  label={t('funding.projectForm.source')}
                  value={line.source}
                  onChange={(source) => update({ source })}
                />
              )}
              <TextField
                name={`budget[${String(index)}].year`}
                label={t('funding.field.year')}
                inputMode="numeric"
                isRequired
                value={line.year}
                onChange={(year) => update({ year })}
              />
              <TextField
                name={`budget[${String(index)}].amount`}
                label={t('funding.field.amount')}
                description={t('funding.projectForm.amountHelp')}
                inputMode="decimal"
                value={line.amount}
                onChange={(amount) => update({ amount })}
              />
            </>
          )}
        />
      </FormField>
      <FormField form={FORM} name="goalAreaIds">
        <LinksFields idPrefix="" county={initialInput.countyCode} value={links} known={known} onChange={setLinks} />
      </FormField>
    </ServerForm>
  );
}
