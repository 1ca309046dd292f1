import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { followUpKeys } from './queryKeys';

/**
 * The action plan's activities towards a goal area, to take into an assessment instead of typing them again
 * (`GET /api/v1/agreements/{agreementId}/action-plan`).
 */
export function usePlanActivities(agreementId: string, goalAreaId: string) {
  return useQuery({
    queryKey: followUpKeys.planActivities(agreementId),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/agreements/{agreementId}/action-plan', { params: { path: { agreementId } }, signal }),
      ).activities,
    select: (activities) => activities.filter((activity) => activity.goalArea?.id === goalAreaId),
  });
}
