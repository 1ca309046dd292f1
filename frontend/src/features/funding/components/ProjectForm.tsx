import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type EntityFormProps,
  FormDateField,
  FormEnumSelect,
  FormField,
  FormRepeatingGroup,
  FormTextArea,
  FormTextField,
  itemNumber,
  ServerForm,
  useFieldLabels,
  useOrganisationOptions,
} from '../../../components';
import { SearchComboBox } from '../../../design-system';
import { useProgrammes } from '../api/getProgrammes';
import { decimalOf } from '../format';
import { projectStatuses, type Links, type Project, type ProjectInput, type ProjectStatus } from '../types';
import { LinksFields, linksValueOf, linksValueOfInput, type LinksValue } from './LinksFields';
import { idsOf, organisationEntriesOfIds, OrganisationsField, type OrganisationEntry } from './OrganisationsField';

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
  return useFieldLabels(projectFields, 'funding.field', (field) => {
    const n = itemNumber(field, 'budget');
    return n === undefined ? undefined : t('funding.projectForm.budgetLine', { n });
  });
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
  ...formProps
}: EntityFormProps<ProjectInput> & {
  known?: Links;
  owner?: { id: string; name: string };
  partners?: { id: string; name: string }[];
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
    organisationEntriesOfIds(initialInput.partnerIds, knownPartners),
  );
  const [startsOn, setStartsOn] = useState(initialInput.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(initialInput.endsOn ?? '');
  const [status, setStatus] = useState<ProjectStatus>(initialInput.status);
  const [results, setResults] = useState(initialInput.results ?? '');
  const [budget, setBudget] = useState<BudgetEntry[]>(() => (initialInput.budget ?? []).map(budgetEntry));
  const [links, setLinks] = useState<LinksValue>(linksValueOfInput(initialInput));
  const lineName = (n: number) => t('funding.projectForm.budgetLine', { n });
  return (
    <ServerForm
      form={FORM}
      fields={projectFields}
      labelOf={labelOf}
      {...formProps}
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
      <FormTextField name="name" isRequired value={name} onChange={setName} />
      <FormTextArea name="description" value={description} onChange={setDescription} />
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
      <FormDateField name="startsOn" value={startsOn} onChange={setStartsOn} />
      <FormDateField name="endsOn" value={endsOn} onChange={setEndsOn} />
      <FormEnumSelect
        name="status"
        values={projectStatuses}
        labelOfValue={(id) => t(`funding.projectStatus.${id}`)}
        value={status}
        onChange={setStatus}
      />
      <FormTextArea name="results" value={results} onChange={setResults} />
      <FormRepeatingGroup
        name="budget"
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
        renderItem={(line, entry) => (
          <>
            {entry.select('programmeId', {
              label: t('funding.field.programmeId'),
              emptyOption: t('funding.projectForm.otherSource'),
              options: (programmes.data ?? []).map((p) => ({ id: p.id, label: p.name })),
            })}
            {line.programmeId === null && entry.text('source', { label: t('funding.projectForm.source') })}
            {entry.text('year', { label: t('funding.field.year'), inputMode: 'numeric', isRequired: true })}
            {entry.text('amount', {
              label: t('funding.field.amount'),
              description: t('funding.projectForm.amountHelp'),
              inputMode: 'decimal',
            })}
          </>
        )}
      />
      <FormField form={FORM} name="goalAreaIds">
        <LinksFields idPrefix="" county={initialInput.countyCode} value={links} known={known} onChange={setLinks} />
      </FormField>
    </ServerForm>
  );
}
