import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, FormSelect, FormTextArea, FormTextField, ServerForm } from '../../../components';
import { Alert, CheckboxGroup, RepeatingGroup, TextField, type Option } from '../../../design-system';
import { useCounties, useMunicipalities } from '../../../lib/reference';
import { useAgreements } from '../api/getAgreements';
import {
  agreementKinds,
  perspectives,
  targetGroups,
  type AgreementInput,
  type AgreementKind,
  type AgreementReference,
  type Perspective,
  type TargetGroup,
} from '../types';
import { useActionErrorText } from './ActionError';
import {
  agreementFields,
  formValuesOfInput,
  newLegalBasisRow,
  periodOutside,
  toAgreementInput,
  type AgreementFormValues,
  type Period,
} from './agreementFormValues';
import { labelField } from './fieldLabels';
import { formatPeriod, referenceLabel } from './format';

const FORM = 'agreement';

/** The label of a field or a nested one (`legalBasis[1].sfs` → "Rättslig grund 2: SFS-nummer"). */
export function useAgreementFieldLabel() {
  const { t } = useTranslation();
  const labels = Object.fromEntries(agreementFields.map((field) => [field, t(`agreements.fields.${field}`)]));
  return (field: string): string =>
    labelField(field, labels, (list, n, part) =>
      list === 'legalBasis' && part
        ? t('agreements.form.legalBasisField', {
            n,
            field: t(part === 'sfs' ? 'agreements.form.sfs' : 'agreements.form.sfsTitle'),
          })
        : undefined,
    );
}

/** Agreements of a county and kind to choose a parent RÖK or a predecessor from (at most 100, newest first). */
function useAgreementChoices(
  countyCode: string | null,
  kind: AgreementKind | null,
  enabled: boolean,
  excludeId?: string,
  known: (AgreementReference | undefined)[] = [],
) {
  const query = useAgreements(
    { county: countyCode ?? undefined, kind: kind ?? undefined, size: 100, page: 0, sort: '-firstYear' },
    { enabled: enabled && Boolean(countyCode && kind) },
  );
  const options: Option[] = (query.data?.items ?? [])
    .filter((agreement) => agreement.id !== excludeId)
    .map((agreement) => ({ id: agreement.id, label: referenceLabel(agreement) }));
  const periods = new Map<string, Period>();
  for (const agreement of query.data?.items ?? []) periods.set(agreement.id, agreement);
  for (const reference of known) {
    if (reference && reference.id !== excludeId && !options.some((option) => option.id === reference.id)) {
      options.push({ id: reference.id, label: referenceLabel(reference) });
    }
    if (reference && !periods.has(reference.id)) periods.set(reference.id, reference);
  }
  return { options, periods };
}

export type AgreementFormProps = {
  initialInput: AgreementInput;
  onSubmit: (input: AgreementInput) => Promise<void>;
  submitLabel: string;
  cancelHref: string;
  /** The agreement being edited: not offered as its own predecessor; its current links stay choosable. */
  agreementId?: string;
  knownReferences?: (AgreementReference | undefined)[];
  notice?: string;
  initialError?: unknown;
  /**
   * Where the caller may create (from the API's session): counties for every kind, and municipalities for LÖKs by a
   * grant. The choices offered are limited to these; the server still decides. Absent: everything is offered.
   */
  scope?: CreationScope;
};

export type CreationScope = { counties: readonly string[]; localMunicipalities: readonly string[] };

/** A municipality's code starts with its county's (1980 Västerås in 19 Västmanland). */
const countyOfMunicipality = (code: string) => code.slice(0, 2);

/** The kind, county and municipality an empty form starts with: the only choice when there is one. */
export function initialScopeValues(
  scope: CreationScope,
  countyCode: string | null,
): { kind: AgreementKind | null; countyCode: string | null } {
  const counties = new Set([...scope.counties, ...scope.localMunicipalities.map(countyOfMunicipality)]);
  const onlyCounty = counties.size === 1 ? [...counties][0] : null;
  return {
    kind: scope.counties.length === 0 ? 'LOCAL' : null,
    countyCode: countyCode && counties.has(countyCode) ? countyCode : (onlyCounty ?? null),
  };
}

/**
 * Create or edit an agreement's own fields. Municipality and parent RÖK are asked for local agreements only; the
 * parent is chosen among the county's regional agreements, the predecessor among those of the same kind and county.
 */
export function AgreementForm({
  initialInput,
  onSubmit,
  submitLabel,
  cancelHref,
  agreementId,
  knownReferences,
  notice,
  initialError,
  scope,
}: AgreementFormProps) {
  const { t } = useTranslation();
  const labelOf = useAgreementFieldLabel();
  const describeError = useActionErrorText();
  const [values, setValues] = useState<AgreementFormValues>(() => formValuesOfInput(initialInput));
  const counties = useCounties();
  const municipalities = useMunicipalities(values.countyCode);
  const local = values.kind === 'LOCAL';
  // Only LÖKs where a grant allows them, when the caller coordinates no county (a LÖK author, a federation).
  const kindOptions = scope && scope.counties.length === 0 ? (['LOCAL'] as const) : agreementKinds;
  // What is stored stays choosable when editing, so that the form shows it.
  const countyAllowed = (code: string) =>
    !scope ||
    code === initialInput.countyCode ||
    scope.counties.includes(code) ||
    scope.localMunicipalities.some((municipality) => countyOfMunicipality(municipality) === code);
  const municipalityAllowed = (code: string) =>
    !scope ||
    code === initialInput.municipalityCode ||
    (values.countyCode !== null && scope.counties.includes(values.countyCode)) ||
    scope.localMunicipalities.includes(code);
  // A LÖK sits under its RÖK; a sub-strategy (one per target group) under the county's overall strategy.
  const subStrategy = values.kind === 'STRATEGY';
  const parents = useAgreementChoices(
    values.countyCode,
    local ? 'REGIONAL' : 'STRATEGY',
    local || subStrategy,
    agreementId,
    knownReferences,
  );
  const predecessorOptions = useAgreementChoices(
    values.countyCode,
    values.kind,
    true,
    agreementId,
    knownReferences,
  ).options;
  // A LÖK is meant to lie within its RÖK's period: said before saving, while the years are typed.
  const parentPeriod = local && values.parentAgreementId ? parents.periods.get(values.parentAgreementId) : undefined;
  const outsideParent = parentPeriod !== undefined && periodOutside(values, parentPeriod);

  const set = <K extends keyof AgreementFormValues>(key: K, value: AgreementFormValues[K]) =>
    setValues((previous) => ({ ...previous, [key]: value }));

  return (
    <ServerForm
      form={FORM}
      fields={agreementFields}
      labelOf={labelOf}
      onSubmit={() => onSubmit(toAgreementInput(values))}
      submitLabel={submitLabel}
      cancelHref={cancelHref}
      notice={notice}
      initialError={initialError}
      describeError={describeError}
    >
      <FormSelect
        name="kind"
        label={t('agreements.fields.kind')}
        placeholder={t('agreements.form.kindPlaceholder')}
        isRequired
        options={kindOptions.map((kind) => ({ id: kind, label: t(`agreementKind.${kind}`) }))}
        value={values.kind}
        onChange={(kind) =>
          setValues((previous) => ({
            ...previous,
            kind: kind as AgreementKind | null,
            // A predecessor must be of the same kind.
            supersedesId: kind === previous.kind ? previous.supersedesId : null,
          }))
        }
      />
      <FormTextField
        name="title"
        label={t('agreements.fields.title')}
        isRequired
        value={values.title}
        onChange={(value) => set('title', value)}
      />
      <FormSelect
        name="countyCode"
        label={t('agreements.fields.county')}
        description={t('agreements.form.countyHint')}
        placeholder={t('agreements.form.countyPlaceholder')}
        isRequired
        options={(counties.data ?? [])
          .filter((county) => countyAllowed(county.code))
          .map((county) => ({ id: county.code, label: county.name }))}
        value={values.countyCode}
        onChange={(countyCode) =>
          setValues((previous) =>
            countyCode === previous.countyCode
              ? previous
              : { ...previous, countyCode, municipalityCode: null, parentAgreementId: null, supersedesId: null },
          )
        }
      />
      {local && (
        <FormSelect
          name="municipalityCode"
          label={t('agreements.fields.municipality')}
          description={
            values.countyCode ? t('agreements.form.municipalityHint') : t('agreements.form.municipalityNeedsCounty')
          }
          placeholder={t('agreements.form.municipalityPlaceholder')}
          isRequired
          isDisabled={!values.countyCode}
          options={(municipalities.data ?? [])
            .filter((municipality) => municipalityAllowed(municipality.code))
            .map((municipality) => ({ id: municipality.code, label: municipality.name }))}
          value={values.municipalityCode}
          onChange={(municipalityCode) => set('municipalityCode', municipalityCode)}
        />
      )}
      <div className="form-row">
        {(['firstYear', 'lastYear'] as const).map((field) => (
          <FormField key={field} form={FORM} name={field}>
            <TextField
              name={field}
              label={t(`agreements.fields.${field}`)}
              description={t('agreements.form.yearHint')}
              isRequired
              inputMode="numeric"
              value={values[field]}
              onChange={(value) => set(field, value)}
            />
          </FormField>
        ))}
      </div>
      {(local || subStrategy) && (
        <FormSelect
          name="parentAgreementId"
          label={subStrategy ? t('agreements.fields.parentStrategy') : t('agreements.fields.parentAgreement')}
          description={subStrategy ? t('agreements.form.parentStrategyHint') : t('agreements.form.parentHint')}
          emptyOption={t('agreements.form.noParent')}
          isDisabled={!values.countyCode}
          options={parents.options}
          value={values.parentAgreementId}
          onChange={(id) => set('parentAgreementId', id)}
        />
      )}
      {outsideParent && (
        <Alert tone="warning" title={t('agreements.form.outsideParentTitle')}>
          <p>
            {t('agreements.form.outsideParentText', {
              period: formatPeriod(parentPeriod.firstYear, parentPeriod.lastYear),
            })}
          </p>
        </Alert>
      )}
      <FormTextArea
        name="purpose"
        label={t('agreements.fields.purpose')}
        description={t('agreements.form.purposeHint')}
        value={values.purpose}
        onChange={(value) => set('purpose', value)}
      />
      <FormTextArea
        name="background"
        label={t('agreements.fields.background')}
        description={t('agreements.form.backgroundHint')}
        value={values.background}
        onChange={(value) => set('background', value)}
      />
      <FormTextField
        name="reportNumber"
        label={t('agreements.fields.reportNumber')}
        description={t('agreements.form.reportNumberHint')}
        value={values.reportNumber}
        onChange={(value) => set('reportNumber', value)}
      />
      <FormTextField
        name="caseNumber"
        label={t('agreements.fields.caseNumber')}
        description={t('agreements.form.caseNumberHint')}
        value={values.caseNumber}
        onChange={(value) => set('caseNumber', value)}
      />
      <FormField form={FORM} name="legalBasis">
        <RepeatingGroup
          items={values.legalBasis}
          onChange={(rows) => set('legalBasis', rows)}
          newItem={() => newLegalBasisRow()}
          labels={{
            legend: t('agreements.fields.legalBasis'),
            description: t('agreements.form.legalBasisHint'),
            item: (n) => t('agreements.form.legalBasisItem', { n }),
            add: t('agreements.form.addLegalBasis'),
            remove: t('agreements.form.remove'),
            added: (n) => t('agreements.form.legalBasisAdded', { n }),
            removed: (n) => t('agreements.form.legalBasisRemoved', { n }),
            empty: t('agreements.form.noLegalBasis'),
          }}
          renderItem={(row, index, update) => (
            <>
              <FormField form={FORM} name={`legalBasis[${index}].sfs`}>
                <TextField
                  name={`legalBasis[${index}].sfs`}
                  label={t('agreements.form.sfs')}
                  description={t('agreements.form.sfsHint')}
                  isRequired
                  value={row.sfs}
                  onChange={(sfs) => update({ sfs })}
                />
              </FormField>
              <FormField form={FORM} name={`legalBasis[${index}].title`}>
                <TextField
                  name={`legalBasis[${index}].title`}
                  label={t('agreements.form.sfsTitle')}
                  description={t('agreements.form.sfsTitleHint')}
                  value={row.title}
                  onChange={(title) => update({ title })}
                />
              </FormField>
            </>
          )}
        />
      </FormField>
      <FormField form={FORM} name="targetGroups">
        <CheckboxGroup
          name="targetGroups"
          label={t('agreements.fields.targetGroups')}
          options={targetGroups.map((group) => ({ id: group, label: t(`targetGroup.${group}`) }))}
          value={values.targetGroups}
          onChange={(groups) => set('targetGroups', groups as TargetGroup[])}
        />
      </FormField>
      <FormField form={FORM} name="perspectives">
        <CheckboxGroup
          name="perspectives"
          label={t('agreements.fields.perspectives')}
          description={t('agreements.form.perspectivesHint')}
          options={perspectives.map((perspective) => ({ id: perspective, label: t(`perspective.${perspective}`) }))}
          value={values.perspectives}
          onChange={(chosen) => set('perspectives', chosen as Perspective[])}
        />
      </FormField>
      <FormSelect
        name="supersedesId"
        label={t('agreements.fields.supersedes')}
        description={t('agreements.form.supersedesHint')}
        emptyOption={t('agreements.form.noSupersedes')}
        isDisabled={!values.countyCode || !values.kind}
        options={predecessorOptions}
        value={values.supersedesId}
        onChange={(id) => set('supersedesId', id)}
      />
    </ServerForm>
  );
}
