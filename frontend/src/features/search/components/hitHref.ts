import type { SearchHit } from '../types';

/** The page where a hit is shown. */
export function hitHref(hit: SearchHit): string {
  switch (hit.kind) {
    case 'AGREEMENT':
      return `/agreements/${hit.id}`;
    case 'GOAL_AREA':
      return `/agreements/${hit.parentId ?? ''}`;
    case 'FORUM':
      return `/forums/${hit.id}`;
    case 'MEETING':
      return `/meetings/${hit.id}`;
    case 'MINUTES':
    case 'DECISION':
      return `/meetings/${hit.parentId ?? ''}`;
    case 'ACTION_ITEM':
      return `/action-items/${hit.id}`;
    case 'ORGANISATION':
      return `/organisations/${hit.id}`;
    case 'DOCUMENT':
      return `/documents/${hit.id}`;
  }
}
