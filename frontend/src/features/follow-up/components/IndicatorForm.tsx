import { useTranslation } from 'react-i18next';
import {
  conflictText,
  FormRepeatingGroup,
  ServerForm,
  useBoundFields,
  type SessionFormStart,
} from '../../../components';
import { useFollowUpErrorText } from './ActionError';
import { newTarget, type IndicatorFormValues, type TargetItem } from './indicatorFormValues';

const FORM = 'indicator';
export const indicatorFields = [
  'goalAreaId',
  'name',
  'description',
  'unit',
  'direction',
  'scope',
  'genderBreakdown',
  'source',
  'koladaKpi',
  'baselineYear',
  'baselineValue',
  'targets',
] as const;
const fields = indicatorFields;

/** The label of a field or of a target's part (`targets[0].value` → "Mål 1: Målvärde"). */
export function useIndicatorFieldLabel() {
  const { t } = useTranslation();
  return (field: string) => {
    const target = /^targets\[(\d+)\]\.?(\w*)/.exec(field);
    if (target) {
      const part = target[2] === 'value' ? t('followUp.indicator.targetValue') : t('followUp.indicator.year');
      return `${t('followUp.indicator.targetItem', { position: Number(target[1]) + 1 })}: ${part}`;
    }
    return t(`followUp.indicatorForm.${field}` as never);
  };
}

/** An indicator field's value in words for the conflict screen: choices by their names, targets one a line. */
export function useDescribeIndicatorValue(goalAreas: { id: string; label: string }[]) {
  const { t } = useTranslation();
  return (field: keyof IndicatorFormValues, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '';
    switch (field) {
      case 'goalAreaId':
        return goalAreas.find((goalArea) => goalArea.id === value)?.label ?? conflictText(value);
      case 'direction':
        return t(`followUp.direction.${value as 'HIGHER_IS_BETTER'}`);
      case 'scope':
        return t(`followUp.scope.${value as 'COUNTY'}`);
      case 'genderBreakdown':
        return value === 'true' ? t('followUp.indicator.byGender') : t('followUp.indicator.noGender');
      case 'source':
        return value === 'KOLADA' ? t('followUp.indicatorForm.kolada') : t('followUp.indicator.manual');
      case 'targets':
        return (value as TargetItem[]).map((target) => `${target.year}: ${target.value}`).join('\n');
      default:
        return conflictText(value);
    }
  };
}

/** The definition of an indicator: what it measures, how (scope, gender), its source, baseline and targets. */
export function IndicatorForm({
  initialInput: initial,
  goalAreas,
  submitLabel,
  cancelHref,
  onSave,
  ...start
}: SessionFormStart<IndicatorFormValues> & {
  goalAreas: { id: string; label: string }[];
  submitLabel: string;
  cancelHref: string;
  onSave: (values: IndicatorFormValues) => Promise<void>;
}) {
  const { t } = useTranslation();
  const describe = useFollowUpErrorText();
  const labelOf = useIndicatorFieldLabel();
  const { values, set, field } = useBoundFields(FORM, initial, labelOf);
  return (
    <ServerForm
      form={FORM}
      fields={fields}
      labelOf={labelOf}
      submitLabel={submitLabel}
      cancelHref={cancelHref}
      describeError={describe}
      {...start}
      onSubmit={() => onSave(values)}
    >
      {field.text('name', { isRequired: true })}
      {field.select('goalAreaId', { emptyOption: t('followUp.indicator.wholeAgreement'), options: goalAreas })}
      {field.textArea('description', { rows: 3 })}
      {field.text('unit', { description: t('followUp.indicatorForm.unitHint'), isRequired: true })}
      {field.radio('direction', {
        options: [
          { id: 'HIGHER_IS_BETTER', label: t('followUp.direction.HIGHER_IS_BETTER') },
          { id: 'LOWER_IS_BETTER', label: t('followUp.direction.LOWER_IS_BETTER') },
        ],
        isRequired: true,
      })}
      {field.radio('scope', {
        description: t('followUp.indicatorForm.shapeHint'),
        options: [
          { id: 'COUNTY', label: t('followUp.scope.COUNTY') },
          { id: 'MUNICIPALITY', label: t('followUp.scope.MUNICIPALITY') },
        ],
        isRequired: true,
      })}
      {field.radio('genderBreakdown', {
        options: [
          { id: 'true', label: t('followUp.indicator.byGender') },
          { id: 'false', label: t('followUp.indicator.noGender') },
        ],
        isRequired: true,
      })}
      {field.radio('source', {
        options: [
          { id: 'MANUAL', label: t('followUp.indicator.manual') },
          { id: 'KOLADA', label: t('followUp.indicatorForm.kolada') },
        ],
        isRequired: true,
      })}
      {field.text('koladaKpi', { description: t('followUp.indicatorForm.koladaKpiHint') })}
      {field.text('baselineYear', { inputMode: 'numeric' })}
      {field.text('baselineValue', { inputMode: 'decimal' })}
      <FormRepeatingGroup
        name="targets"
        items={values.targets}
        onChange={(targets) => set({ targets })}
        newItem={newTarget}
        labels={{
          legend: t('followUp.indicator.targets'),
          item: (position) => t('followUp.indicator.targetItem', { position }),
          add: t('followUp.indicatorForm.addTarget'),
          remove: t('followUp.assessment.removeActivity'),
          added: (position) => t('followUp.indicatorForm.targetAdded', { position }),
          removed: (position) => t('followUp.indicatorForm.targetRemoved', { position }),
          empty: t('followUp.indicatorForm.noTargets'),
        }}
        renderItem={(_item, entry) => (
          <>
            {entry.text('year', { label: t('followUp.indicator.year'), inputMode: 'numeric', isRequired: true })}
            {entry.text('value', {
              label: t('followUp.indicator.targetValue'),
              inputMode: 'decimal',
              isRequired: true,
            })}
          </>
        )}
      />
    </ServerForm>
  );
}
