import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormSelect, FormTextArea, FormTextField, ServerForm, useFormDefinition } from '../../../components';
import { targetGroups, type GapFinding, type GapFindingInput, type TargetGroup } from '../types';

const fields = ['targetGroup', 'finding', 'source', 'foundOn'] as const;

/** A gap finding's target group, text, source and date; the server validates what is sent. */
export function FindingForm({
  form,
  finding,
  submitLabel,
  onSubmit,
}: {
  /** Prefix of the field anchors, unique on the page. */
  form: string;
  finding?: GapFinding;
  submitLabel: string;
  /** Saves; throws when the server refuses. Resolves to whether to empty the form (a new finding). */
  onSubmit: (input: GapFindingInput) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const empty = {
    targetGroup: finding?.targetGroup ?? null,
    finding: finding?.finding ?? '',
    source: finding?.source ?? '',
    foundOn: finding?.foundOn ?? '',
  };
  const [values, setValues] = useState(empty);
  const definition = useFormDefinition(form, fields, 'strategy.finding.fields');
  return (
    <ServerForm
      {...definition}
      submitLabel={submitLabel}
      isDirty={values.targetGroup !== empty.targetGroup}
      onSubmit={async () => {
        const reset = await onSubmit({
          targetGroup: values.targetGroup as TargetGroup,
          finding: values.finding,
          source: values.source || undefined,
          foundOn: values.foundOn || undefined,
        });
        if (reset) setValues({ targetGroup: null, finding: '', source: '', foundOn: '' });
      }}
    >
      <FormSelect
        name="targetGroup"
        isRequired
        placeholder={t('strategy.finding.targetGroupPlaceholder')}
        options={targetGroups.map((group) => ({ id: group, label: t(`targetGroup.${group}`) }))}
        value={values.targetGroup}
        onChange={(targetGroup) => setValues((v) => ({ ...v, targetGroup: targetGroup as TargetGroup | null }))}
      />
      <FormTextArea
        name="finding"
        rows={2}
        isRequired
        value={values.finding}
        onChange={(text) => setValues((v) => ({ ...v, finding: text }))}
      />
      <FormTextField name="source" value={values.source} onChange={(source) => setValues((v) => ({ ...v, source }))} />
      <FormTextField
        name="foundOn"
        type="date"
        value={values.foundOn}
        onChange={(foundOn) => setValues((v) => ({ ...v, foundOn }))}
      />
    </ServerForm>
  );
}
