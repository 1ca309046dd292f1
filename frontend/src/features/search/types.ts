import type { Schemas } from '../../lib/api';

export type SearchHit = Schemas['SearchHit'];
export type SearchPageResult = Schemas['SearchPage'];
export type SearchKind = Schemas['SearchKind'];

export const searchKinds: readonly SearchKind[] = [
  'AGREEMENT',
  'GOAL_AREA',
  'FORUM',
  'MEETING',
  'MINUTES',
  'DECISION',
  'ACTION_ITEM',
  'ORGANISATION',
  'DOCUMENT',
];
