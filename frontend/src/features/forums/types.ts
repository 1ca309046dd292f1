import type { Schemas } from '../../lib/api';

export type Forum = Schemas['Forum'];
export type ForumLevel = Schemas['Level'];
export type ForumKind = Schemas['ForumKind'];
export type ForumRelation = Schemas['ForumRelation'];
export type ForumMember = Schemas['ForumMember'];
export type ForumStructure = Schemas['ForumStructure'];
export type ForumStructureNode = Schemas['ForumStructureNode'];
export type ForumStructureLink = Schemas['ForumStructureLink'];
export type MeetingSummary = Schemas['MeetingSummary'];
export type Meeting = Schemas['Meeting'];
export type MeetingInput = Schemas['MeetingInput'];
export type AgendaItem = Schemas['AgendaItem'];
export type AgendaItemInput = Schemas['AgendaItemInput'];
export type AgendaItemKind = Schemas['AgendaItemKind'];
export type Minutes = Schemas['Minutes'];
export type MinutesItem = Schemas['MinutesItem'];
export type Decision = Schemas['Decision'];
export type DecisionInput = Schemas['DecisionInput'];
export type DecisionOutcome = Schemas['DecisionOutcome'];
export type DecisionEffect = Schemas['DecisionEffect'];
export type DecisionEffectKind = Schemas['DecisionEffectKind'];
export type DecisionSubjectCandidate = Schemas['DecisionSubjectCandidate'];
export type StandingItem = Schemas['StandingItem'];
export type StandingItemInput = Schemas['StandingItemInput'];
export type PassAlongInput = Schemas['PassAlongInput'];
export type ActionItem = Schemas['ActionItem'];
export type ActionItemSummary = Schemas['ActionItemSummary'];
export type ActionItemInput = Schemas['ActionItemInput'];
export type ActionItemStatus = Schemas['ActionItemStatus'];
export type ActionItemStatusInput = Schemas['ActionItemStatusInput'];

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
export type ForumInput = Schemas['ForumInput'];
export type ForumMemberInput = Schemas['ForumMemberInput'];
export type StatusReport = Schemas['StatusReport'];
export type StatusReportSummary = Schemas['StatusReportSummary'];
export type StatusReportInput = Schemas['StatusReportInput'];
export type StatusReportInvitation = Schemas['StatusReportInvitation'];
export type HistoryEntry = Schemas['HistoryEntry'];
export type FieldChange = Schemas['FieldChange'];
