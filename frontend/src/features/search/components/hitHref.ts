import { toActionItem, toAgreement, toViewDocument, toForum, toMeeting, toOrganisation } from '../../../lib/links';
import type { SearchHit } from '../types';

/** The page where a hit is shown. */
export function hitHref(hit: SearchHit): string {
  switch (hit.kind) {
    case 'AGREEMENT':
      return toAgreement({ id: hit.id });
    case 'GOAL_AREA':
      return toAgreement({ id: hit.parentId ?? '' });
    case 'FORUM':
      return toForum({ id: hit.id });
    case 'MEETING':
      return toMeeting({ id: hit.id });
    case 'MINUTES':
    case 'DECISION':
      return toMeeting({ id: hit.parentId ?? '' });
    case 'ACTION_ITEM':
      return toActionItem({ id: hit.id });
    case 'ORGANISATION':
      return toOrganisation({ id: hit.id });
    case 'DOCUMENT':
      return toViewDocument({ id: hit.id });
  }
}
