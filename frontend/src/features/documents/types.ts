import type { Schemas } from '../../lib/api';

export type Document = Schemas['Document'];
export type DocumentList = Schemas['DocumentList'];
export type DocumentVersion = Schemas['DocumentVersion'];
export type DocumentOwner = Schemas['DocumentOwner'];
export type DocumentKind = Schemas['DocumentKind'];
export type DocumentVisibility = Schemas['DocumentVisibility'];
export type OwnerType = Schemas['OwnerType'];
export type LinkInput = Schemas['LinkInput'];
export type DocumentUpdate = Schemas['DocumentUpdate'];
export type HistoryEntry = Schemas['HistoryEntry'];

export const documentKinds: readonly DocumentKind[] = [
  'SIGNED_AGREEMENT',
  'APPENDIX',
  'MEETING_PAPER',
  'PRESENTATION',
  'MINUTES',
  'REPORT',
  'DECISION_BASIS',
  'OTHER',
];

export const ownerTypes: readonly OwnerType[] = [
  'AGREEMENT',
  'MEETING',
  'AGENDA_ITEM',
  'STATUS_REPORT',
  'FOLLOW_UP_ROUND',
];

/** Languages offered for a document: Swedish and English first, then those many newly arrived read. */
export const documentLanguages = ['sv', 'en', 'ar', 'fa', 'so', 'ti', 'uk'] as const;
