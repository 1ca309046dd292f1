import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FormEnumSelect,
  FormField,
  FormSelect,
  ServerForm,
  useBoundFields,
  useErrorMessage,
  useFieldLabels,
  useOrganisationSearch,
  type EntityFormProps,
} from '../../../components';
import { SearchComboBox, type Option } from '../../../design-system';
import { ApiError } from '../../../lib/api';
import { useCounties, useMunicipalities } from '../../../lib/reference';
import { organisationTypes } from '../types';
import { formFields, type FormField as OrganisationField, type OrganisationFormValues } from './formValues';

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

/** The label of a form field, for the error summary and the conflict screen. */
export function useOrganisationFieldLabel() {
  return useFieldLabels(fieldLabelKeys, 'organisations.fields');
}

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

/** An entity form's props over the form's own values (see `formValues`), which the caller turns into the input. */
export type OrganisationFormProps = EntityFormProps<OrganisationFormValues> & {
  /** The organisation being edited, so it is not offered as its own parent. */
  organisationId?: string;
};

/**
 * Register or edit an organisation. Nothing is validated here beyond `required`: the server decides, and its
 * field errors are shown at the fields (aria-invalid, aria-describedby) and listed in a summary at the top.
 */
export function OrganisationForm({ initialInput, onSubmit, organisationId, ...formProps }: OrganisationFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const labelOf = useOrganisationFieldLabel();
  const { values, set, field } = useBoundFields(FORM, initialInput, labelOf);
  const counties = useCounties();
  const municipalities = useMunicipalities(values.countyCode);

  const describeError = (error: unknown) =>
    error instanceof ApiError && error.status === 403
      ? { title: t('organisations.form.forbiddenTitle'), text: errorMessage(error) }
      : undefined;

  return (
    <ServerForm
      form={FORM}
      fields={formFields}
      labelOf={labelOf}
      onSubmit={() => onSubmit(values)}
      describeError={describeError}
      {...formProps}
    >
      {field.text('name', { isRequired: true, autoComplete: 'organization' })}
      <FormEnumSelect
        name="type"
        placeholder={t('organisations.form.typePlaceholder')}
        values={organisationTypes}
        labelOfValue={(type) => t(`organisationType.${type}`)}
        value={values.type}
        onChange={(type) => set({ type })}
      />
      {field.text('organisationNumber', {
        description: t('organisations.form.organisationNumberHint'),
        inputMode: 'numeric',
      })}
      <FormSelect
        name="countyCode"
        description={t('organisations.form.countyHint')}
        emptyOption={t('organisations.form.noCounty')}
        options={(counties.data ?? []).map((county) => ({ id: county.code, label: county.name }))}
        value={values.countyCode}
        onChange={(countyCode) =>
          set({ countyCode, municipalityCode: countyCode === values.countyCode ? values.municipalityCode : null })
        }
      />
      {field.select('municipalityCode', {
        description: values.countyCode ? undefined : t('organisations.form.municipalityHint'),
        emptyOption: t('organisations.form.noMunicipality'),
        isDisabled: !values.countyCode,
        options: (municipalities.data ?? []).map((municipality) => ({
          id: municipality.code,
          label: municipality.name,
        })),
      })}
      <FormField form={FORM} name="parentId">
        <ParentField
          value={values.parentId}
          name={values.parentName}
          excludeId={organisationId}
          onChange={(parentId, parentName) => set({ parentId, parentName })}
        />
      </FormField>
      {field.text('website', {
        description: t('organisations.form.websiteHint'),
        inputMode: 'url',
        autoComplete: 'url',
      })}
      {field.textArea('mandate', { description: t('organisations.form.mandateHint') })}
    </ServerForm>
  );
}
