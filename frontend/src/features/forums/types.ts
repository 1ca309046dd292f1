import type { components } from '../../lib/api';

type S = components['schemas'];
export type Forum = S['Forum'];
export type ForumLevel = S['Level'];
export type ForumKind = S['ForumKind'];
export type ForumRelation = S['ForumRelation'];
export type ForumMember = S['ForumMember'];
export type ForumStructure = S['ForumStructure'];
export type ForumStructureNode = S['ForumStructureNode'];
export type ForumStructureLink = S['ForumStructureLink'];
export type MeetingSummary = S['MeetingSummary'];
export type Meeting = S['Meeting'];
export type MeetingInput = S['MeetingInput'];
export type AgendaItem = S['AgendaItem'];
export type AgendaItemInput = S['AgendaItemInput'];
export type AgendaItemKind = S['AgendaItemKind'];
export type Minutes = S['Minutes'];
export type MinutesItem = S['MinutesItem'];
export type Decision = S['Decision'];
export type DecisionInput = S['DecisionInput'];
export type DecisionOutcome = S['DecisionOutcome'];
export type DecisionEffect = S['DecisionEffect'];
export type DecisionEffectKind = S['DecisionEffectKind'];
export type DecisionSubjectCandidate = S['DecisionSubjectCandidate'];
export type StandingItem = S['StandingItem'];
export type StandingItemInput = S['StandingItemInput'];
export type PassAlongInput = S['PassAlongInput'];
export type ActionItem = S['ActionItem'];
export type ActionItemSummary = S['ActionItemSummary'];
export type ActionItemInput = S['ActionItemInput'];
export type ActionItemStatus = S['ActionItemStatus'];
export type ActionItemStatusInput = S['ActionItemStatusInput'];

export const levels: readonly ForumLevel[] = ['NATIONAL', 'REGIONAL', 'SUBREGIONAL', 'LOCAL'];
export const agendaItemKinds: readonly AgendaItemKind[] = [
  'STATUS_REPORT',
  'SUBREGIONAL_INPUT',
  'PRESENTATION',
  'DEEP_DIVE',
  'DECISION',
  'STANDING_FOLLOW_UP',
  'OTHER',
];
export const decisionOutcomes: readonly DecisionOutcome[] = ['ADOPTED', 'REJECTED', 'NOTED'];
export const actionItemStatuses: readonly ActionItemStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'];
export type ForumInput = S['ForumInput'];
export type ForumMemberInput = S['ForumMemberInput'];
export type StatusReport = S['StatusReport'];
export type StatusReportSummary = S['StatusReportSummary'];
export type StatusReportInput = S['StatusReportInput'];
export type StatusReportInvitation = S['StatusReportInvitation'];
export type HistoryEntry = S['HistoryEntry'];
export type FieldChange = S['FieldChange'];
