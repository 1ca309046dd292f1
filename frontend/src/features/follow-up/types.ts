import type { components } from '../../lib/api';

type S = components['schemas'];
export type Round = S['FollowUpRound'];
export type RoundSummary = S['FollowUpRoundSummary'];
export type RoundStatus = S['RoundStatus'];
export type Board = S['FollowUpBoard'];
export type Task = S['FollowUpTask'];
export type MyTask = S['MyFollowUpTask'];
export type Assessment = S['Assessment'];
export type AssessmentInput = S['AssessmentInput'];
export type AssessmentState = S['AssessmentState'];
export type GoalStatus = S['GoalStatus'];
export type Gender = S['Gender'];
export type Report = S['FollowUpReport'];
export type ReportGoalArea = S['ReportGoalArea'];
export type ReportIndicator = S['ReportIndicator'];
export type Trend = S['Trend'];
export type Indicator = S['Indicator'];
export type IndicatorInput = S['IndicatorInput'];
export type IndicatorValue = S['IndicatorValue'];
export type IndicatorValuesImport = S['IndicatorValuesImport'];
export type AgreementSummary = S['AgreementSummary'];
export type Problem = S['Problem'];
export type LocalFollowUpArea = S['LocalFollowUpArea'];
export type LocalGoalAreaFollowUp = S['LocalGoalAreaFollowUp'];

export const goalStatuses: readonly GoalStatus[] = ['ON_TRACK', 'PARTLY', 'NOT_ON_TRACK', 'NOT_ASSESSED'];
export const genders: readonly Gender[] = ['WOMEN', 'MEN', 'TOTAL'];
