import type { Schemas } from '../../lib/api';

export type Organisation = Schemas['Organisation'];
export type OrganisationSummary = Schemas['OrganisationSummary'];
export type OrganisationInput = Schemas['OrganisationInput'];
export type OrganisationPage = Schemas['OrganisationPage'];
export type OrganisationType = Schemas['OrganisationType'];
export type OrganisationCommitments = Schemas['OrganisationCommitments'];
export type CommittedResponsibility = Schemas['CommittedResponsibility'];
export type County = Schemas['County'];
export type Municipality = Schemas['Municipality'];

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

export type HistoryEntry = Schemas['HistoryEntry'];
export type FieldChange = Schemas['FieldChange'];
