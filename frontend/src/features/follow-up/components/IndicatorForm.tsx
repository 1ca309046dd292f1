import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, FormSelect, FormTextArea, FormTextField, ServerForm } from '../../../components';
import { RadioGroup, RepeatingGroup, TextField } from '../../../design-system';
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
  const [values, setValues] = useState(initial);
  const change = (changes: Partial<IndicatorFormValues>) => setValues((current) => ({ ...current, ...changes }));
  const labelOf = (field: string) => {
    const target = /^targets\[(\d+)\]\.?(\w*)/.exec(field);
    if (target) {
      const part = target[2] === 'value' ? t('followUp.indicator.targetValue') : t('followUp.indicator.year');
      return `${t('followUp.indicator.targetItem', { position: Number(target[1]) + 1 })}: ${part}`;
    }
    return t(`followUp.indicatorForm.${field}` as never);
  };
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
      <FormTextField
        name="name"
        label={t('followUp.indicatorForm.name')}
        value={values.name}
        onChange={(name) => change({ name })}
        isRequired
      />
      <FormSelect
        name="goalAreaId"
        label={t('followUp.indicatorForm.goalAreaId')}
        emptyOption={t('followUp.indicator.wholeAgreement')}
        options={goalAreas}
        value={values.goalAreaId}
        onChange={(goalAreaId) => change({ goalAreaId })}
      />
      <FormTextArea
        name="description"
        label={t('followUp.indicatorForm.description')}
        rows={3}
        value={values.description}
        onChange={(description) => change({ description })}
      />
      <FormTextField
        name="unit"
        label={t('followUp.indicatorForm.unit')}
        description={t('followUp.indicatorForm.unitHint')}
        value={values.unit}
        onChange={(unit) => change({ unit })}
        isRequired
      />
      <FormField form={FORM} name="direction">
        <RadioGroup
          label={t('followUp.indicatorForm.direction')}
          name="direction"
          value={values.direction}
          onChange={(direction) => change({ direction })}
          options={[
            { id: 'HIGHER_IS_BETTER', label: t('followUp.direction.HIGHER_IS_BETTER') },
            { id: 'LOWER_IS_BETTER', label: t('followUp.direction.LOWER_IS_BETTER') },
          ]}
          isRequired
        />
      </FormField>
      <FormField form={FORM} name="scope">
        <RadioGroup
          label={t('followUp.indicatorForm.scope')}
          description={t('followUp.indicatorForm.shapeHint')}
          name="scope"
          value={values.scope}
          onChange={(scope) => change({ scope })}
          options={[
            { id: 'COUNTY', label: t('followUp.scope.COUNTY') },
            { id: 'MUNICIPALITY', label: t('followUp.scope.MUNICIPALITY') },
          ]}
          isRequired
        />
      </FormField>
      <FormField form={FORM} name="genderBreakdown">
        <RadioGroup
          label={t('followUp.indicatorForm.genderBreakdown')}
          name="genderBreakdown"
          value={values.genderBreakdown}
          onChange={(genderBreakdown) => change({ genderBreakdown })}
          options={[
            { id: 'true', label: t('followUp.indicator.byGender') },
            { id: 'false', label: t('followUp.indicator.noGender') },
          ]}
          isRequired
        />
      </FormField>
      <FormField form={FORM} name="source">
        <RadioGroup
          label={t('followUp.indicatorForm.source')}
          name="source"
          value={values.source}
          onChange={(source) => change({ source })}
          options={[
            { id: 'MANUAL', label: t('followUp.indicator.manual') },
            { id: 'KOLADA', label: t('followUp.indicatorForm.kolada') },
          ]}
          isRequired
        />
      </FormField>
      <FormTextField
        name="koladaKpi"
        label={t('followUp.indicatorForm.koladaKpi')}
        description={t('followUp.indicatorForm.koladaKpiHint')}
        value={values.koladaKpi}
        onChange={(koladaKpi) => change({ koladaKpi })}
      />
      <FormTextField
        name="baselineYear"
        label={t('followUp.indicatorForm.baselineYear')}
        inputMode="numeric"
        value={values.baselineYear}
        onChange={(baselineYear) => change({ baselineYear })}
      />
      <FormTextField
        name="baselineValue"
        label={t('followUp.indicatorForm.baselineValue')}
        inputMode="decimal"
        value={values.baselineValue}
        onChange={(baselineValue) => change({ baselineValue })}
      />
      <FormField form={FORM} name="targets">
        <RepeatingGroup
          items={values.targets}
          onChange={(targets) => change({ targets })}
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
          renderItem={(item, index, update) => (
            <>
              <TextField
                label={t('followUp.indicator.year')}
                name={`targets[${index}].year`}
                inputMode="numeric"
                value={item.year}
                onChange={(year) => update({ year })}
                isRequired
              />
              <TextField
                label={t('followUp.indicator.targetValue')}
                name={`targets[${index}].value`}
                inputMode="decimal"
                value={item.value}
                onChange={(value) => update({ value })}
                isRequired
              />
            </>
          )}
        />
      </FormField>
    </ServerForm>
  );
}
