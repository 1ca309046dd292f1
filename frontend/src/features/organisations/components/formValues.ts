import type { Organisation, OrganisationInput, OrganisationType } from '../types';

/** What the organisation form edits: text as typed, choices as keys, nothing validated here. */
export type OrganisationFormValues = {
  name: string;
  type: OrganisationType | null;
  organisationNumber: string;
  countyCode: string | null;
  municipalityCode: string | null;
  parentId: string | null;
  parentName: string;
  website: string;
  mandate: string;
};

/** The form's fields, named as the API's input properties so that the server's field errors land on them. */
export const formFields = [
  'name',
  'type',
  'organisationNumber',
  'countyCode',
  'municipalityCode',
  'parentId',
  'website',
  'mandate',
] as const;
export type FormField = (typeof formFields)[number];

export function emptyFormValues(countyCode: string | null = null): OrganisationFormValues {
  return {
    name: '',
    type: null,
    organisationNumber: '',
    countyCode,
    municipalityCode: null,
    parentId: null,
    parentName: '',
    website: '',
    mandate: '',
  };
}

export function formValuesOf(organisation: Organisation): OrganisationFormValues {
  return {
    name: organisation.name,
    type: organisation.type,
    organisationNumber: organisation.organisationNumber ?? '',
    countyCode: organisation.countyCode ?? null,
    municipalityCode: organisation.municipalityCode ?? null,
    parentId: organisation.parentId ?? null,
    parentName: organisation.parentName ?? '',
    website: organisation.website ?? '',
    mandate: organisation.mandate ?? '',
  };
}

function optional(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The request body: empty fields are left out; whether the rest is valid is for the server to say. */
export function toOrganisationInput(values: OrganisationFormValues): OrganisationInput {
  return {
    name: values.name.trim(),
    // A missing type is sent as null so the server reports it on the field.
    type: values.type as OrganisationType,
    organisationNumber: optional(values.organisationNumber),
    countyCode: optional(values.countyCode),
    municipalityCode: optional(values.municipalityCode),
    parentId: optional(values.parentId),
    website: optional(values.website),
    mandate: optional(values.mandate),
  };
}
