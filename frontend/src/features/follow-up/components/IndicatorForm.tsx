import { useTranslation } from 'react-i18next';
import { FormRepeatingGroup, ServerForm, useBoundFields } from '../../../components';
import { useFollowUpErrorText } from './ActionError';
import { newTarget, type IndicatorFormValues } from './indicatorFormValues';

const FORM = 'indicator';
const fields = [
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

/** The definition of an indicator: what it measures, how (scope, gender), its source, baseline and targets. */
export function IndicatorForm({
  initial,
  goalAreas,
  submitLabel,
  cancelHref,
  onSave,
  onReload,
  notice,
}: {
  initial: IndicatorFormValues;
  goalAreas: { id: string; label: string }[];
  submitLabel: string;
  cancelHref: string;
  onSave: (values: IndicatorFormValues) => Promise<void>;
  onReload?: () => void;
  notice?: string;
}) {
  const { t } = useTranslation();
  const describe = useFollowUpErrorText();
  const labelOf = (field: string) => {
    const target = /^targets\[(\d+)\]\.?(\w*)/.exec(field);
    if (target) {
      const part = target[2] === 'value' ? t('followUp.indicator.targetValue') : t('followUp.indicator.year');
      return `${t('followUp.indicator.targetItem', { position: Number(target[1]) + 1 })}: ${part}`;
    }
    return t(`followUp.indicatorForm.${field}` as never);
  };
  const { values, set, field } = useBoundFields(FORM, initial, labelOf);
  return (
    <ServerForm
      form={FORM}
      fields={fields}
      labelOf={labelOf}
      submitLabel={submitLabel}
      cancelHref={cancelHref}
      describeError={describe}
      onReload={onReload}
      notice={notice}
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
