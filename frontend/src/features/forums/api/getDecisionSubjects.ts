import { api, useApiQuery } from '../../../lib/api';
import { meetingKeys } from './queryKeys';

/**
 * What a decision of this meeting could take effect on now: proposed priorities, agreements to adopt, compiled
 * follow-up rounds (`GET /api/v1/meetings/{id}/decision-subjects`), for those who prepare the meeting.
 */
export function useDecisionSubjects(meetingId: string, enabled = true) {
  return useApiQuery(
    meetingKeys.decisionSubjects(meetingId),
    (signal) => api.GET('/api/v1/meetings/{id}/decision-subjects', { params: { path: { id: meetingId } }, signal }),
    { enabled },
  );
}
