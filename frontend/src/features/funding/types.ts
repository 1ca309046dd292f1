import type { components } from '../../lib/api';

type S = components['schemas'];
export type Programme = S['FundingProgramme'];
export type Call = S['FundingCall'];
export type CallInput = S['FundingCallInput'];
export type CallStatus = S['CallStatus'];
export type Application = S['FundingApplication'];
export type ApplicationSummary = S['FundingApplicationSummary'];
export type ApplicationInput = S['FundingApplicationInput'];
export type ApplicationStatus = S['ApplicationStatus'];
export type DecisionInput = S['FundingDecisionInput'];
export type Project = S['FundingProject'];
export type ProjectSummary = S['FundingProjectSummary'];
export type ProjectPage = S['FundingProjectPage'];
export type Account = S['FundingAccount'];
export type FilingInput = S['FundingFilingInput'];
export type Summary = S['FundingSummary'];
export type Total = S['FundingTotal'];
export type GoalAreaRef = S['FundingGoalAreaRef'];
export type ProgrammeInput = S['FundingProgrammeInput'];
export type ProgrammeKind = S['ProgrammeKind'];
export type PriorityInput = S['FundingPriorityInput'];
export type StrategyRef = S['FundingStrategyRef'];
export type ProjectInput = S['FundingProjectInput'];
export type ProjectStatus = S['ProjectStatus'];
export type BudgetLineInput = S['FundingBudgetLineInput'];
export type AccountStatus = S['AccountStatus'];
export type { TargetGroup } from '../../lib/api';
export type Links = S['FundingLinks'];

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
export type HistoryEntry = S['HistoryEntry'];
export type FieldChange = S['FieldChange'];
