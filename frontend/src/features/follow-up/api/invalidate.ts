import type { Assessment } from '../types';
import type { QueryKey } from '@tanstack/react-query';
import type { Saved } from '../../../lib/api';
import { followUpKeys } from './queryKeys';

/** After any step of the follow-up: rounds, boards, reports, tasks and indicator values may all have changed. */
export function followUpChanged(): QueryKey[] {
  return [followUpKeys.all];
}

/** After a step the server answered with the assessment: that is it now; the rest of the follow-up is stale. */
export const assessmentSaved = {
  versioned: 'assessment',
  set: (saved) => followUpKeys.assessment(saved.assessment.id),
  invalidate: followUpChanged,
} as const satisfies Saved<'assessment', Assessment>;
