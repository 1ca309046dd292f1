import type { components } from '../../lib/api';

export type Organisation = components['schemas']['Organisation'];
export type OrganisationSummary = components['schemas']['OrganisationSummary'];
export type OrganisationInput = components['schemas']['OrganisationInput'];
export type OrganisationPage = components['schemas']['OrganisationPage'];
export type OrganisationType = components['schemas']['OrganisationType'];
export type OrganisationCommitments = components['schemas']['OrganisationCommitments'];
export type CommittedResponsibility = components['schemas']['CommittedResponsibility'];
export type County = components['schemas']['County'];
export type Municipality = components['schemas']['Municipality'];

/** In the order they are offered in filters and forms. */
export const organisationTypes: readonly OrganisationType[] = [
  'COUNTY_ADMINISTRATIVE_BOARD',
  'MUNICIPALITY',
  'REGION',
  'STATE_AGENCY',
  'MUNICIPAL_FEDERATION',
  'COORDINATION_ASSOCIATION',
  'CIVIL_SOCIETY',
  'BUSINESS',
  'ACADEMIA',
  'OTHER',
];

export function isOrganisationType(value: unknown): value is OrganisationType {
  return organisationTypes.includes(value as OrganisationType);
}

export type HistoryEntry = components['schemas']['HistoryEntry'];
export type FieldChange = components['schemas']['FieldChange'];
