import type { components } from '../../lib/api';

type S = components['schemas'];
export type SearchHit = S['SearchHit'];
export type SearchPageResult = S['SearchPage'];
export type SearchKind = S['SearchKind'];

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
