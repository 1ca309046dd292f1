import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  conflictText,
  FormSelect,
  FormTextArea,
  FormTextField,
  ServerForm,
  useFormDefinition,
} from '../../../components';
import { formatDate } from '../../../lib/format';
import { targetGroups, type GapFinding, type GapFindingInput, type TargetGroup } from '../types';

export const findingFields = ['targetGroup', 'finding', 'source', 'foundOn'] as const;

/** What the finding form edits. */
export type FindingValues = { targetGroup: TargetGroup | null; finding: string; source: string; foundOn: string };

/** A finding as the form's values (an empty form without one). */
export function findingValuesOf(finding?: GapFinding): FindingValues {
  return {
    targetGroup: finding?.targetGroup ?? null,
    finding: finding?.finding ?? '',
    source: finding?.source ?? '',
    foundOn: finding?.foundOn ?? '',
  };
}

/** The API input of the form's values. */
export function toFindingInput(values: FindingValues): GapFindingInput {
  return {
    targetGroup: values.targetGroup as TargetGroup,
    finding: values.finding,
    source: values.source || undefined,
    foundOn: values.foundOn || undefined,
  };
}

/** A finding's values in words, for the conflict table: the target group by name, the date as a date. */
export function useFindingValueText() {
  const { t, i18n } = useTranslation();
  return (field: (typeof findingFields)[number], value: unknown) => {
    if (field === 'targetGroup' && typeof value === 'string') return t(`targetGroup.${value as TargetGroup}`);
    if (field === 'foundOn' && typeof value === 'string') return formatDate(value, i18n.language) ?? value;
    return conflictText(value);
  };
}

/** A gap finding's target group, text, source and date; the server validates what is sent. */
export function FindingForm({
  form,
  initialInput = findingValuesOf(),
  submitLabel,
  onSubmit,
  ...start
}: {
  /** Prefix of the field anchors, unique on the page. */
  form: string;
  /** The values to start from (an empty form by default). */
  initialInput?: FindingValues;
  /** An error to show from the start (e.g. when re-applying changes failed). */
  initialError?: unknown;
  /** Shown above the form until the next save (e.g. the latest version is read). */
  notice?: string;
  submitLabel: string;
  /** Saves; throws when the server refuses. Resolves to whether to empty the form (a new finding). */
  onSubmit: (values: FindingValues) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initialInput);
  // What the form was last saved with (or started from): a target group picked since is an unsaved change.
  const [saved, setSaved] = useState(initialInput);
  const definition = useFormDefinition(form, findingFields, 'strategy.finding.fields');
  return (
    <ServerForm
      {...definition}
      submitLabel={submitLabel}
      {...start}
      isDirty={values.targetGroup !== saved.targetGroup}
      onSubmit={async () => {
        const reset = await onSubmit(values);
        const next = reset ? findingValuesOf() : values;
        setValues(next);
        setSaved(next);
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
