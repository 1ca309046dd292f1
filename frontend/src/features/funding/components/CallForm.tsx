import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type EntityFormProps,
  FormDateField,
  FormRepeatingGroup,
  FormSelect,
  FormTextArea,
  FormTextField,
  itemNumber,
  ServerForm,
  useFieldLabels,
} from '../../../components';
import { useProgrammes } from '../api/getProgrammes';
import { decimalOf } from '../format';
import type { Call, CallInput, Links } from '../types';
import { emptyLinks, LinksFields, linksValueOf, type LinksValue } from './LinksFields';

const FORM = 'funding-call';
export const callFields = [
  'programmeId',
  'year',
  'title',
  'description',
  'startsOn',
  'endsOn',
  'deadline',
  'budget',
  'strategyWeight',
  'priorities',
] as const;

export function callInputOf(call: Call): CallInput {
  return {
    programmeId: call.programme.id,
    countyCode: call.countyCode,
    year: call.year,
    title: call.title,
    description: call.description,
    startsOn: call.startsOn,
    endsOn: call.endsOn,
    deadline: call.deadline,
    budget: call.budget,
    strategyWeight: call.strategyWeight,
    priorities: call.priorities.map((priority) => ({ text: priority.text, ...linksValueOf(priority.links) })),
  };
}

export function useCallFieldLabel() {
  const { t } = useTranslation();
  return useFieldLabels(callFields, 'funding.field', (field) => {
    const n = itemNumber(field, 'priorities');
    return n === undefined ? undefined : t('funding.callForm.priority', { n });
  });
}

type PriorityEntry = { key: string; text: string; links: LinksValue; known?: Links };
let nextKey = 0;
const priorityEntry = (text = '', links: LinksValue = emptyLinks, known?: Links): PriorityEntry => {
  nextKey += 1;
  return { key: `priority-${String(nextKey)}`, text, links, known };
};

/**
 * A call of a county and year: programme, period, budget, deadline, the weight given to the county's strategy and
 * its priorities, each linked to goal areas, strategies and target groups.
 */
export function CallForm({
  initialInput,
  knownPriorities,
  onSubmit,
  ...formProps
}: EntityFormProps<CallInput> & {
  /** The stored priorities' links, for the names of what they link to. */
  knownPriorities?: Links[];
}) {
  const { t } = useTranslation();
  const labelOf = useCallFieldLabel();
  const programmes = useProgrammes();
  const [programmeId, setProgrammeId] = useState<string | null>(initialInput.programmeId || null);
  const [year, setYear] = useState(initialInput.year ? String(initialInput.year) : '');
  const [title, setTitle] = useState(initialInput.title);
  const [description, setDescription] = useState(initialInput.description ?? '');
  const [startsOn, setStartsOn] = useState(initialInput.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(initialInput.endsOn ?? '');
  const [deadline, setDeadline] = useState(initialInput.deadline ?? '');
  const [budget, setBudget] = useState(initialInput.budget ?? '');
  const [strategyWeight, setStrategyWeight] = useState(initialInput.strategyWeight ?? '');
  const [priorities, setPriorities] = useState<PriorityEntry[]>(() =>
    (initialInput.priorities ?? []).map((p, i) =>
      priorityEntry(
        p.text,
        { goalAreaIds: p.goalAreaIds ?? [], strategies: p.strategies ?? [], targetGroups: p.targetGroups ?? [] },
        knownPriorities?.[i],
      ),
    ),
  );
  const item = (n: number) => t('funding.callForm.priority', { n });
  return (
    <ServerForm
      form={FORM}
      fields={callFields}
      labelOf={labelOf}
      {...formProps}
      onSubmit={() =>
        onSubmit({
          programmeId: programmeId ?? '',
          countyCode: initialInput.countyCode,
          year: Number(year),
          title,
          description: description || undefined,
          startsOn: startsOn || undefined,
          endsOn: endsOn || undefined,
          deadline: deadline || undefined,
          budget: decimalOf(budget),
          strategyWeight: strategyWeight || undefined,
          priorities: priorities.map((p) => ({ text: p.text, ...p.links })),
        })
      }
    >
      <FormSelect
        name="programmeId"
        isRequired
        options={(programmes.data ?? []).map((p) => ({ id: p.id, label: p.name }))}
        value={programmeId}
        onChange={setProgrammeId}
      />
      <FormTextField name="year" inputMode="numeric" isRequired value={year} onChange={setYear} />
      <FormTextField name="title" isRequired value={title} onChange={setTitle} />
      <FormTextArea name="description" value={description} onChange={setDescription} />
      {(
        [
          ['startsOn', startsOn, setStartsOn],
          ['endsOn', endsOn, setEndsOn],
          ['deadline', deadline, setDeadline],
        ] as const
      ).map(([name, value, onChange]) => (
        <FormDateField key={name} name={name} value={value} onChange={onChange} />
      ))}
      <FormTextField
        name="budget"
        description={t('funding.amountHelp')}
        inputMode="decimal"
        value={budget}
        onChange={setBudget}
      />
      <FormTextArea
        name="strategyWeight"
        description={t('funding.callForm.strategyWeightHelp')}
        value={strategyWeight}
        onChange={setStrategyWeight}
      />
      <FormRepeatingGroup
        name="priorities"
        items={priorities}
        onChange={setPriorities}
        newItem={() => priorityEntry()}
        labels={{
          legend: labelOf('priorities'),
          item,
          add: t('funding.callForm.addPriority'),
          remove: t('funding.remove'),
          added: (n) => t('funding.organisations.added', { name: item(n) }),
          removed: (n) => t('funding.organisations.removed', { name: item(n) }),
          empty: t('funding.callForm.noPriorities'),
        }}
        renderItem={(entry, fields) => (
          <>
            {fields.textArea('text', { label: t('funding.callForm.priorityText'), isRequired: true })}
            <LinksFields
              idPrefix={fields.name('')}
              county={initialInput.countyCode}
              value={entry.links}
              known={entry.known}
              onChange={(links) => fields.update({ links })}
            />
          </>
        )}
      />
    </ServerForm>
  );
}
