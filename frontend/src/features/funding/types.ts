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
