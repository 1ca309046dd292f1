import { targetGroups, type Schemas } from '../../lib/api';

export type Agreement = Schemas['Agreement'];
export type AgreementSummary = Schemas['AgreementSummary'];
export type AgreementInput = Schemas['AgreementInput'];
export type AgreementPage = Schemas['AgreementPage'];
export type AgreementReference = Schemas['AgreementReference'];
export type AgreementKind = Schemas['AgreementKind'];
export type AgreementStatus = Schemas['AgreementStatus'];
export type AgreementComparison = Schemas['AgreementComparison'];
export type GoalAreaComparison = Schemas['GoalAreaComparison'];
export type FieldChange = Schemas['FieldChange'];
export type HistoryEntry = Schemas['HistoryEntry'];
export type GoalArea = Schemas['GoalArea'];
export type GoalAreaInput = Schemas['GoalAreaInput'];
export type Party = Schemas['Party'];
export type PartyInput = Schemas['PartyInput'];
export type PartyRole = Schemas['PartyRole'];
export type Signatory = Schemas['Signatory'];
export type Responsibility = Schemas['Responsibility'];
export type ResponsibilityInput = Schemas['ResponsibilityInput'];
export type ResponsibilityKind = Schemas['ResponsibilityKind'];
export type Level = Schemas['Level'];
export type { TargetGroup } from '../../lib/api';
export type Perspective = Schemas['Perspective'];
export type YearlyPriority = Schemas['YearlyPriority'];
export type PriorityInput = Schemas['PriorityInput'];
export type StatusChangeInput = Schemas['StatusChangeInput'];
export type OrganisationReference = Schemas['OrganisationReference'];
export type LegalReference = Schemas['LegalReference'];
export type ConsultationInput = Schemas['ConsultationInput'];
export type ConsultationInputBody = Schemas['ConsultationInputBody'];

/** In the order they are offered in filters and forms. */
export const agreementKinds: readonly AgreementKind[] = ['REGIONAL', 'LOCAL', 'STRATEGY', 'COOPERATION_PLAN'];
export const agreementStatuses: readonly AgreementStatus[] = [
  'DRAFT',
  'CONSULTATION',
  'ADOPTED',
  'EXPIRED',
  'SUPERSEDED',
];
export { targetGroups };
export const perspectives: readonly Perspective[] = ['GENDER_EQUALITY', 'NON_DISCRIMINATION', 'CHILD_RIGHTS'];
/** From the widest to the closest, the order responsibilities are read in. */
export const levels: readonly Level[] = ['NATIONAL', 'REGIONAL', 'SUBREGIONAL', 'LOCAL'];
export const partyRoles: readonly PartyRole[] = ['SIGNATORY', 'CONVENER', 'PARTICIPANT'];
export const responsibilityKinds: readonly ResponsibilityKind[] = ['RESPONSIBLE', 'OTHER'];

function isOneOf<T extends string>(values: readonly T[]) {
  return (value: unknown): value is T => values.includes(value as T);
}

export const isAgreementKind = isOneOf(agreementKinds);
export const isAgreementStatus = isOneOf(agreementStatuses);
export const isTargetGroup = isOneOf(targetGroups);
