import { useTranslation } from 'react-i18next';
import { FormCheckboxGroup, FormField, ServerForm, useBoundFields, type EntityFormProps } from '../../../components';
import { OrderedListEditor, type Option } from '../../../design-system';
import { targetGroups, type GoalAreaInput, type TargetGroup } from '../types';
import { useActionErrorText } from './ActionError';
import { labelField } from './fieldLabels';
import { formValuesOfGoalAreaInput, goalAreaFields, toGoalAreaInput } from './goalAreaFormValues';

const FORM = 'goal-area';

/** The label of a field or one strategy (`strategies[1]` → "Strategi 2"). */
export function useGoalAreaFieldLabel() {
  const { t } = useTranslation();
  const labels = Object.fromEntries(goalAreaFields.map((field) => [field, t(`agreements.goalArea.fields.${field}`)]));
  return (field: string): string =>
    labelField(field, labels, (list, n) =>
      list === 'strategies' ? t('agreements.goalArea.strategy', { n }) : undefined,
    );
}

/** The strategies editor's texts, with each move, addition and removal put into words for screen readers. */
export function useStrategyLabels() {
  const { t } = useTranslation();
  return {
    legend: t('agreements.goalArea.fields.strategies'),
    description: t('agreements.goalArea.strategiesHint'),
    item: (n: number) => t('agreements.goalArea.strategy', { n }),
    add: t('agreements.goalArea.addStrategy'),
    moveUp: t('agreements.form.moveUp'),
    moveDown: t('agreements.form.moveDown'),
    remove: t('agreements.form.remove'),
    moved: (from: number, to: number, count: number) => t('agreements.goalArea.strategyMoved', { from, to, count }),
    added: (n: number) => t('agreements.goalArea.strategyAdded', { n }),
    removed: (n: number) => t('agreements.goalArea.strategyRemoved', { n }),
    empty: t('agreements.goalArea.noStrategies'),
  };
}

export type GoalAreaFormProps = EntityFormProps<GoalAreaInput> & {
  /** A LÖK's goal area: the parent RÖK's goal areas it may answer to; not asked when absent. */
  answersToOptions?: Option[] | null;
};

/**
 * A goal area: number, title, goal statement, strategies in order and target groups; in a LÖK under a RÖK also the
 * RÖK goal area it answers to.
 */
export function GoalAreaForm({
  initialInput,
  onSubmit,
  submitLabel,
  cancelHref,
  answersToOptions,
  ...start
}: GoalAreaFormProps) {
  const { t } = useTranslation();
  const labelOf = useGoalAreaFieldLabel();
  const describeError = useActionErrorText();
  const strategyLabels = useStrategyLabels();
  const { values, set, field } = useBoundFields(FORM, () => formValuesOfGoalAreaInput(initialInput), labelOf);

  return (
    <ServerForm
      form={FORM}
      fields={goalAreaFields}
      labelOf={labelOf}
      onSubmit={() => onSubmit(toGoalAreaInput(values))}
      submitLabel={submitLabel}
      cancelHref={cancelHref}
      {...start}
      describeError={describeError}
    >
      {field.text('number', { description: t('agreements.goalArea.numberHint'), isRequired: true })}
      {field.text('title', { isRequired: true })}
      {field.textArea('goal', { rows: 3, description: t('agreements.goalArea.goalHint') })}
      <FormField form={FORM} name="strategies">
        <OrderedListEditor
          name="strategies"
          items={values.strategies}
          onChange={(strategies) => set({ strategies })}
          labels={strategyLabels}
        />
      </FormField>
      <FormCheckboxGroup
        name="targetGroups"
        options={targetGroups.map((group) => ({ id: group, label: t(`targetGroup.${group}`) }))}
        value={values.targetGroups}
        onChange={(groups) => set({ targetGroups: groups as TargetGroup[] })}
      />
      {answersToOptions &&
        field.select('answersToGoalAreaId', {
          description: t('agreements.goalArea.answersToHint'),
          emptyOption: t('agreements.goalArea.answersToNone'),
          options: answersToOptions,
        })}
    </ServerForm>
  );
}
