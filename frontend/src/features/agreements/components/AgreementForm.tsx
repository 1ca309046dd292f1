import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FormCheckboxGroup,
  FormRepeatingGroup,
  FormSelect,
  ServerForm,
  useBoundFields,
  type EntityFormProps,
} from '../../../components';
import { Alert, type Option } from '../../../design-system';
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

export type AgreementFormProps = EntityFormProps<AgreementInput> & {
  /** The agreement being edited: not offered as its own predecessor; its current links stay choosable. */
  agreementId?: string;
  knownReferences?: (AgreementReference | undefined)[];
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
  scope,
  ...start
}: AgreementFormProps) {
  const { t } = useTranslation();
  const labelOf = useAgreementFieldLabel();
  const describeError = useActionErrorText();
  const { values, set, field } = useBoundFields(FORM, () => formValuesOfInput(initialInput), labelOf);
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

  return (
    <ServerForm
      form={FORM}
      fields={agreementFields}
      labelOf={labelOf}
      onSubmit={() => onSubmit(toAgreementInput(values))}
      submitLabel={submitLabel}
      cancelHref={cancelHref}
      {...start}
      describeError={describeError}
    >
      <FormSelect
        name="kind"
        placeholder={t('agreements.form.kindPlaceholder')}
        isRequired
        options={kindOptions.map((kind) => ({ id: kind, label: t(`agreementKind.${kind}`) }))}
        value={values.kind}
        onChange={(kind) =>
          set({
            kind: kind as AgreementKind | null,
            // A predecessor must be of the same kind.
            supersedesId: kind === values.kind ? values.supersedesId : null,
          })
        }
      />
      {field.text('title', { isRequired: true })}
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
        onChange={(countyCode) => {
          if (countyCode !== values.countyCode)
            set({ countyCode, municipalityCode: null, parentAgreementId: null, supersedesId: null });
        }}
      />
      {local &&
        field.select('municipalityCode', {
          label: t('agreements.fields.municipality'),
          description: values.countyCode
            ? t('agreements.form.municipalityHint')
            : t('agreements.form.municipalityNeedsCounty'),
          placeholder: t('agreements.form.municipalityPlaceholder'),
          isRequired: true,
          isDisabled: !values.countyCode,
          options: (municipalities.data ?? [])
            .filter((municipality) => municipalityAllowed(municipality.code))
            .map((municipality) => ({ id: municipality.code, label: municipality.name })),
        })}
      <div className="form-row">
        {(['firstYear', 'lastYear'] as const).map((year) => (
          <Fragment key={year}>
            {field.text(year, { description: t('agreements.form.yearHint'), isRequired: true, inputMode: 'numeric' })}
          </Fragment>
        ))}
      </div>
      {(local || subStrategy) &&
        field.select('parentAgreementId', {
          label: subStrategy ? t('agreements.fields.parentStrategy') : t('agreements.fields.parentAgreement'),
          description: subStrategy ? t('agreements.form.parentStrategyHint') : t('agreements.form.parentHint'),
          emptyOption: t('agreements.form.noParent'),
          isDisabled: !values.countyCode,
          options: parents.options,
        })}
      {outsideParent && (
        <Alert tone="warning" title={t('agreements.form.outsideParentTitle')}>
          <p>
            {t('agreements.form.outsideParentText', {
              period: formatPeriod(parentPeriod.firstYear, parentPeriod.lastYear),
            })}
          </p>
        </Alert>
      )}
      {field.textArea('purpose', { description: t('agreements.form.purposeHint') })}
      {field.textArea('background', { description: t('agreements.form.backgroundHint') })}
      {field.text('reportNumber', { description: t('agreements.form.reportNumberHint') })}
      {field.text('caseNumber', { description: t('agreements.form.caseNumberHint') })}
      <FormRepeatingGroup
        name="legalBasis"
        items={values.legalBasis}
        onChange={(legalBasis) => set({ legalBasis })}
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
        renderItem={(_row, entry) => (
          <>
            {entry.text('sfs', {
              label: t('agreements.form.sfs'),
              description: t('agreements.form.sfsHint'),
              isRequired: true,
            })}
            {entry.text('title', {
              label: t('agreements.form.sfsTitle'),
              description: t('agreements.form.sfsTitleHint'),
            })}
          </>
        )}
      />
      <FormCheckboxGroup
        name="targetGroups"
        options={targetGroups.map((group) => ({ id: group, label: t(`targetGroup.${group}`) }))}
        value={values.targetGroups}
        onChange={(groups) => set({ targetGroups: groups as TargetGroup[] })}
      />
      <FormCheckboxGroup
        name="perspectives"
        description={t('agreements.form.perspectivesHint')}
        options={perspectives.map((perspective) => ({ id: perspective, label: t(`perspective.${perspective}`) }))}
        value={values.perspectives}
        onChange={(chosen) => set({ perspectives: chosen as Perspective[] })}
      />
      {field.select('supersedesId', {
        label: t('agreements.fields.supersedes'),
        description: t('agreements.form.supersedesHint'),
        emptyOption: t('agreements.form.noSupersedes'),
        isDisabled: !values.countyCode || !values.kind,
        options: predecessorOptions,
      })}
    </ServerForm>
  );
}
