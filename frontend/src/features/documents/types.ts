import type { components } from '../../lib/api';

type S = components['schemas'];
export type Document = S['Document'];
export type DocumentList = S['DocumentList'];
export type DocumentVersion = S['DocumentVersion'];
export type DocumentOwner = S['DocumentOwner'];
export type DocumentKind = S['DocumentKind'];
export type DocumentVisibility = S['DocumentVisibility'];
export type OwnerType = S['OwnerType'];
export type LinkInput = S['LinkInput'];
export type DocumentUpdate = S['DocumentUpdate'];
export type HistoryEntry = S['HistoryEntry'];

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
