import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FormField,
  FormSelect,
  FormTextArea,
  FormTextField,
  ServerForm,
  useErrorMessage,
  useFieldLabels,
  useOrganisationSearch,
  type EntityFormProps,
} from '../../../components';
import { SearchComboBox, type Option } from '../../../design-system';
import { ApiError, isStale } from '../../../lib/api';
import { useCounties, useMunicipalities } from '../../../lib/reference';
import { organisationTypes, type OrganisationInput, type OrganisationType } from '../types';
import {
  formFields,
  toOrganisationInput,
  type FormField as OrganisationField,
  type OrganisationFormValues,
} from './formValues';

const FORM = 'organisation';

/** The form's fields in their order (named as the API's input properties), each with the key of its label. */
const fieldLabelKeys: Record<OrganisationField, string> = {
  name: 'name',
  type: 'type',
  organisationNumber: 'organisationNumber',
  countyCode: 'county',
  municipalityCode: 'municipality',
  parentId: 'parent',
  website: 'website',
  mandate: 'mandate',
};

/** The search field's options for a parent: organisations matching the text, except the one being edited. */
function parentOptionsExcept(excludeId: string | undefined) {
  return function useParentOptions(search: string | undefined): Option[] {
    const results = useOrganisationSearch(search?.trim() ?? '');
    return (results.data?.items ?? [])
      .filter((organisation) => organisation.id !== excludeId)
      .map((organisation) => ({ id: organisation.id, label: organisation.name }));
  };
}

/** Parent organisation: type to search the register (server-side), choose one. */
function ParentField({
  value,
  name,
  excludeId,
  onChange,
}: {
  value: string | null;
  name: string;
  excludeId?: string;
  onChange: (id: string | null, name: string) => void;
}) {
  const { t } = useTranslation();
  const useOptions = useMemo(() => parentOptionsExcept(excludeId), [excludeId]);
  return (
    <SearchComboBox
      label={t('organisations.fields.parent')}
      description={t('organisations.form.parentHint')}
      name="parentId"
      emptyText={t('organisations.form.parentEmpty')}
      value={value}
      valueLabel={name}
      onChange={onChange}
      useOptions={useOptions}
    />
  );
}

/** An entity form's props (the values it starts from are the form's own, see `formValues`). */
export type OrganisationFormProps = Omit<EntityFormProps<OrganisationInput>, 'initialInput' | 'initialError'> & {
  initialValues: OrganisationFormValues;
  /** The organisation being edited, so it is not offered as its own parent. */
  organisationId?: string;
  /** When the server says the organisation changed meanwhile (412): fetch the latest version. */
  onReload?: () => void;
};

/**
 * Register or edit an organisation. Nothing is validated here beyond `required`: the server decides, and its
 * field errors are shown at the fields (aria-invalid, aria-describedby) and listed in a summary at the top.
 */
export function OrganisationForm({
  initialValues,
  onSubmit,
  submitLabel,
  cancelHref,
  organisationId,
  onReload,
  notice,
}: OrganisationFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [values, setValues] = useState(initialValues);
  const counties = useCounties();
  const municipalities = useMunicipalities(values.countyCode);

  const set = <K extends keyof OrganisationFormValues>(key: K, value: OrganisationFormValues[K]) =>
    setValues((previous) => ({ ...previous, [key]: value }));

  const labelOf = useFieldLabels(fieldLabelKeys, 'organisations.fields');

  const describeError = (error: unknown) => {
    if (isStale(error))
      return {
        tone: 'warning' as const,
        title: t('organisations.form.staleTitle'),
        text: t('organisations.form.staleText'),
      };
    if (error instanceof ApiError && error.status === 403)
      return { title: t('organisations.form.forbiddenTitle'), text: errorMessage(error) };
    return undefined;
  };

  return (
    <ServerForm
      form={FORM}
      fields={formFields}
      labelOf={labelOf}
      onSubmit={() => onSubmit(toOrganisationInput(values))}
      submitLabel={submitLabel}
      cancelHref={cancelHref}
      notice={notice}
      describeError={describeError}
      onReload={onReload}
      reloadLabel={t('organisations.form.reload')}
    >
      <FormTextField
        name="name"
        isRequired
        value={values.name}
        onChange={(value) => set('name', value)}
        autoComplete="organization"
      />
      <FormSelect
        name="type"
        placeholder={t('organisations.form.typePlaceholder')}
        isRequired
        options={organisationTypes.map((type) => ({ id: type, label: t(`organisationType.${type}`) }))}
        value={values.type}
        onChange={(type) => set('type', type as OrganisationType | null)}
      />
      <FormTextField
        name="organisationNumber"
        description={t('organisations.form.organisationNumberHint')}
        inputMode="numeric"
        value={values.organisationNumber}
        onChange={(value) => set('organisationNumber', value)}
      />
      <FormSelect
        name="countyCode"
        description={t('organisations.form.countyHint')}
        emptyOption={t('organisations.form.noCounty')}
        options={(counties.data ?? []).map((county) => ({ id: county.code, label: county.name }))}
        value={values.countyCode}
        onChange={(countyCode) =>
          setValues((previous) => ({
            ...previous,
            countyCode,
            municipalityCode: countyCode === previous.countyCode ? previous.municipalityCode : null,
          }))
        }
      />
      <FormSelect
        name="municipalityCode"
        description={values.countyCode ? undefined : t('organisations.form.municipalityHint')}
        emptyOption={t('organisations.form.noMunicipality')}
        isDisabled={!values.countyCode}
        options={(municipalities.data ?? []).map((municipality) => ({
          id: municipality.code,
          label: municipality.name,
        }))}
        value={values.municipalityCode}
        onChange={(municipalityCode) => set('municipalityCode', municipalityCode)}
      />
      <FormField form={FORM} name="parentId">
        <ParentField
          value={values.parentId}
          name={values.parentName}
          excludeId={organisationId}
          onChange={(parentId, parentName) => setValues((previous) => ({ ...previous, parentId, parentName }))}
        />
      </FormField>
      <FormTextField
        name="website"
        description={t('organisations.form.websiteHint')}
        inputMode="url"
        autoComplete="url"
        value={values.website}
        onChange={(value) => set('website', value)}
      />
      <FormTextArea
        name="mandate"
        description={t('organisations.form.mandateHint')}
        value={values.mandate}
        onChange={(value) => set('mandate', value)}
      />
    </ServerForm>
  );
}
