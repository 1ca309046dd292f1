import type { Schemas } from '../../lib/api';

export type Programme = Schemas['FundingProgramme'];
export type Call = Schemas['FundingCall'];
export type CallInput = Schemas['FundingCallInput'];
export type CallStatus = Schemas['CallStatus'];
export type Application = Schemas['FundingApplication'];
export type ApplicationSummary = Schemas['FundingApplicationSummary'];
export type ApplicationInput = Schemas['FundingApplicationInput'];
export type ApplicationStatus = Schemas['ApplicationStatus'];
export type OrganisationReference = Schemas['OrganisationReference'];
export type DecisionInput = Schemas['FundingDecisionInput'];
export type Project = Schemas['FundingProject'];
export type ProjectSummary = Schemas['FundingProjectSummary'];
export type ProjectPage = Schemas['FundingProjectPage'];
export type Account = Schemas['FundingAccount'];
export type FilingInput = Schemas['FundingFilingInput'];
export type Summary = Schemas['FundingSummary'];
export type Total = Schemas['FundingTotal'];
export type GoalAreaRef = Schemas['FundingGoalAreaRef'];
export type ProgrammeInput = Schemas['FundingProgrammeInput'];
export type ProgrammeKind = Schemas['ProgrammeKind'];
export type PriorityInput = Schemas['FundingPriorityInput'];
export type StrategyRef = Schemas['FundingStrategyRef'];
export type ProjectInput = Schemas['FundingProjectInput'];
export type ProjectStatus = Schemas['ProjectStatus'];
export type BudgetLineInput = Schemas['FundingBudgetLineInput'];
export type AccountStatus = Schemas['AccountStatus'];
export type { TargetGroup } from '../../lib/api';
export type Links = Schemas['FundingLinks'];

export const programmeKinds: readonly ProgrammeKind[] = [
  'PARAGRAPH_37',
  'PARAGRAPH_37A',
  'TIA',
  'ESF_PLUS',
  'AMIF',
  'OTHER',
];
export const projectStatuses: readonly ProjectStatus[] = ['PLANNED', 'ONGOING', 'COMPLETED', 'CANCELLED'];
export { targetGroups } from '../../lib/api';
export type HistoryEntry = Schemas['HistoryEntry'];
export type FieldChange = Schemas['FieldChange'];
